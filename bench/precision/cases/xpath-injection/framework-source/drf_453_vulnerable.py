from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

USERS = etree.parse("/srv/app/users.xml")


class Case453View(APIView):
    def post(self, request):
        user = request.query_params["user"]
        nodes = USERS.xpath("//user[@name='" + user + "']")
        return Response({"ok": True})
