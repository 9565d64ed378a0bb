import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

db = sqlite3.connect("app.db")


class Case96View(APIView):
    def post(self, request):
        name = request.query_params.get("name", "")
        cur = db.cursor()
        cur.execute("SELECT * FROM users WHERE name = '%s'" % name)
        return Response({"ok": True})
