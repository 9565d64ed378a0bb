from lxml import etree
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

USERS = etree.parse("/srv/app/users.xml")

ALLOWED_USERS = {"admin", "admin-2"}


class Case433View(APIView):
    def post(self, request):
        user = request.data.get("user", "")
        if user not in ALLOWED_USERS:
            return Response(status=400)
        find = etree.XPath("//user[@name='%s']/email" % user)
        nodes = find(USERS)
        return Response({"ok": True})
