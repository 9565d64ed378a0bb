import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

db = sqlite3.connect("app.db")


def case_55(request):
    name = request.GET.getlist("name")[0]
    rows = db.execute("SELECT id FROM orders WHERE customer = ?", [name]).fetchall()
    return HttpResponse("ok")
