"""Ledger views on a PostgreSQL database accessed with psycopg2 directly."""

import psycopg2
from psycopg2 import sql
from django.http import JsonResponse


def ledger_connection():
    return psycopg2.connect(dbname="ledger")


def account_filter(request):
    return "account = '%s'" % request.GET["account"]


def build_statement(fragment):
    return sql.SQL("SELECT id, amount FROM ledger_entry WHERE " + fragment)  # expect: PYTHON-DJANGO-SEC-006


def entries(request):
    conn = ledger_connection()
    with conn.cursor() as cur:
        statement = build_statement(account_filter(request))
        cur.execute(statement)
        return JsonResponse({"entries": cur.fetchall()})


def preview(request):
    conn = ledger_connection()
    with conn.cursor() as cur:
        memo = request.POST["memo"]
        text_sql = cur.mogrify("INSERT INTO ledger_entry (memo) VALUES ('" + memo + "')")  # expect: PYTHON-DJANGO-SEC-006
        return JsonResponse({"sql": text_sql.decode()})
