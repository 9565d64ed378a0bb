from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

USERS = etree.parse("/srv/app/users.xml")


class Case444View(APIView):
    def post(self, request):
        user = request.query_params.get("user", "")
        target = "{name}".format(name=user)
        nodes = USERS.getroot().findall(f".//user[@name='{target}']")
        return Response({"ok": True})
