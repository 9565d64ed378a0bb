from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

USERS = etree.parse("/srv/app/users.xml")


class Case420View(APIView):
    def post(self, request):
        user = request.headers.get("X-User", "")
        nodes = USERS.xpath("//user[@name=$name]", name=user)
        return Response({"ok": True})
