import sqlite3
from sqlalchemy import text
import os
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from rest_framework.response import Response
from rest_framework.views import APIView

db = sqlite3.connect("app.db")


class Case74View(APIView):
    def post(self, request):
        name = request.query_params["name"]
        target = os.environ.get("APP_DEFAULT", "alice")  # server configuration, not the client
        rows = db.execute(f"SELECT id FROM orders WHERE customer = '{target}'").fetchall()
        return Response({"ok": True})
