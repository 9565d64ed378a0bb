import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

db = sqlite3.connect("app.db")


class Case86View(APIView):
    def post(self, request):
        name = request.data.get("name", "")
        q = "SELECT * FROM users WHERE name = :name"
        cur = db.cursor()
        cur.execute(q, {"name": name})
        return Response({"ok": True})
