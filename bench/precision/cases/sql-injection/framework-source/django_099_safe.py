import sqlite3
from sqlalchemy import text
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape

db = sqlite3.connect("app.db")


def case_99(request):
    name = str(len(request.POST.get("name", "")))
    db.executescript("UPDATE users SET nick = '{}' WHERE id = 1".format(name))
    return HttpResponse("ok")
