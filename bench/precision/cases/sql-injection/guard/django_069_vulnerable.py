import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

db = sqlite3.connect("app.db")


def case_69(request):
    name = request.GET.get("name", "")
    if len(name) > 40:
        return HttpResponseBadRequest("bad request")
    rows = db.execute(f"SELECT * FROM users ORDER BY name {name}").fetchall()
    return HttpResponse("ok")
