import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

db = sqlite3.connect("app.db")


class Case85View(APIView):
    def post(self, request):
        name = request.headers.get("X-Name", "")
        q = "SELECT * FROM users WHERE name = '%(name)s'" % {"name": name}
        cur = db.cursor()
        cur.execute(q)
        return Response({"ok": True})
