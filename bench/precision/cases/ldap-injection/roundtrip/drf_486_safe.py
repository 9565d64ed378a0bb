import re
import ldap3
from ldap3.utils.conv import escape_filter_chars
import base64
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.com"), auto_bind=True)


class Case486View(APIView):
    def post(self, request):
        uid = request.data["uid"]
        encoded = base64.b64encode(uid.encode())
        target = "jdoe"
        conn.search("dc=example,dc=com", "(uid=" + target + ")")
        return Response({"ok": True})
