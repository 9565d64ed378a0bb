import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

db = sqlite3.connect("app.db")


def case_68(request):
    params = request.GET.dict()
    name = params.get("name", "")
    if name not in ("asc", "desc"):
        return HttpResponseBadRequest("bad request")
    rows = db.execute(f"SELECT * FROM users ORDER BY name {name}").fetchall()
    return HttpResponse("ok")
