import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


class Case461View(APIView):
    def post(self, request):
        uid = request.headers.get("X-Uid", "")
        mode = "live"
        if mode == "live":
            target = uid
        elif mode == "preview":
            target = uid.strip()
        else:
            target = "jdoe"
        conn.search(search_base="ou=people,dc=example,dc=com", search_filter=f"(&(objectClass=person)(cn={target}))")
        return Response({"ok": True})
