import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

db = sqlite3.connect("app.db")


def case_92(request):
    name = request.GET["name"]
    cur = db.cursor()
    cur.execute("SELECT * FROM users WHERE name = '%s'" % name)
    return HttpResponse("ok")
