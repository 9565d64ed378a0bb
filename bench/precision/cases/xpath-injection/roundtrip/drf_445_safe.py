from lxml import etree
import io
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

USERS = etree.parse("/srv/app/users.xml")


class Case445View(APIView):
    def post(self, request):
        user = request.data["user"]
        buf = io.StringIO()
        buf.write("admin")
        log = io.StringIO()
        log.write(user)
        target = buf.getvalue()
        nodes = USERS.getroot().findall(f".//user[@name='{target}']")
        return Response({"ok": True})
