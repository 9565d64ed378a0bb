from lxml import etree
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

USERS = etree.parse("/srv/app/users.xml")


def case_449(request):
    user = request.GET.get("user", "")
    nodes = USERS.getroot().findall(f".//user[@name='{user}']")
    return HttpResponse("ok")
