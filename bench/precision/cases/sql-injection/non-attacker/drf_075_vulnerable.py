import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

db = sqlite3.connect("app.db")


class Case75View(APIView):
    def post(self, request):
        name = request.GET.get("name", "")
        target = name or "alice"
        rows = db.execute(f"SELECT id FROM orders WHERE customer = '{target}'").fetchall()
        return Response({"ok": True})
