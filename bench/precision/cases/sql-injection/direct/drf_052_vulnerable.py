import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

db = sqlite3.connect("app.db")


class Case52View(APIView):
    def post(self, request):
        name = request.data.get("name", "")
        rows = db.execute(f"SELECT id FROM orders WHERE customer = '{name}'").fetchall()
        return Response({"ok": True})
