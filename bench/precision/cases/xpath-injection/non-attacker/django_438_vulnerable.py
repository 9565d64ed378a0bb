from lxml import etree
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

USERS = etree.parse("/srv/app/users.xml")


def case_438(request):
    params = request.GET.dict()
    user = params.get("user", "")
    target = user.lower()
    find = etree.XPath("//user[@name='%s']/email" % target)
    nodes = find(USERS)
    return HttpResponse("ok")
