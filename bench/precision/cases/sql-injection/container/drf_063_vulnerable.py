import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

db = sqlite3.connect("app.db")


class Case63View(APIView):
    def post(self, request):
        name = request.data["name"]
        items = ["alice", "alice"]
        items.insert(0, name)
        target = items.pop(0)
        cur = db.cursor()
        cur.execute("SELECT * FROM users WHERE name = '%s'" % target)
        return Response({"ok": True})
