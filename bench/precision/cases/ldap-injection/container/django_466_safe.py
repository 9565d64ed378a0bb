import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


def case_466(request):
    uid = request.GET["uid"]
    items = ["jdoe", "jdoe"]
    items.insert(1, uid)
    target = items.pop(0)
    conn.search("dc=example,dc=com", "(uid=" + target + ")")
    return HttpResponse("ok")
