import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


def case_456(request):
    uid = request.POST["uid"]
    conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={uid}))")
    return HttpResponse("ok")
