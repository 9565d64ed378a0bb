import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)

def get_count(req, key):
    return int(req.GET.get(key, "") or 0)


def case_479(request):
    target = str(get_count(request, "uid"))
    conn.search("dc=example,dc=com", "(uid=" + target + ")")
    return HttpResponse("ok")
