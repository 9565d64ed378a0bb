from lxml import etree
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

USERS = etree.parse("/srv/app/users.xml")


def case_425(request):
    user = request.META.get("HTTP_X_USER", "")
    retries = 3
    target = user if retries > 5 else "admin"
    find = etree.XPath("//user[@name='%s']/email" % target)
    nodes = find(USERS)
    return HttpResponse("ok")
