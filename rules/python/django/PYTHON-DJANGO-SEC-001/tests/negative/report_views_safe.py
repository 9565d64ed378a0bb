"""The same reporting views written safely: constant SQL text, values passed as parameters."""

import os
import sqlite3
import uuid

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views import View
from psycopg2 import sql

SORT_COLUMNS = {"created": "created", "total": "total"}
REPORT_DEFAULTS = {"status": "open", "limit": "50"}


def order_detail(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, total, status FROM shop_order WHERE id = %s", [request.GET["id"]])  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"order": cursor.fetchone()})


def search_customers(request):
    name = request.GET.get("name", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, email FROM shop_customer WHERE name LIKE %s", ("%" + name + "%",))  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"customers": cursor.fetchall()})


def bulk_cancel(request):
    with connection.cursor() as cursor:
        params = [(order_id,) for order_id in request.POST.getlist("order_ids")]
        cursor.executemany("UPDATE shop_order SET status = 'cancelled' WHERE id = %s", params)  # ok: PYTHON-DJANGO-SEC-001
    return JsonResponse({"cancelled": len(params)})


def orders_page(request):
    page = int(request.GET.get("page", "1"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM shop_order ORDER BY id LIMIT 50 OFFSET %d" % (page * 50))  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"orders": cursor.fetchall()})


def orders_sorted(request):
    column = connection.ops.quote_name(request.GET.get("sort", "created"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, total FROM shop_order ORDER BY " + column)  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"orders": cursor.fetchall()})


def order_by_token(request):
    token = uuid.UUID(request.GET["token"])
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM shop_order WHERE token = '{token}'")  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"order": cursor.fetchone()})


def table_counts(request):
    table = sql.Identifier(request.GET["table"])
    query = sql.SQL("SELECT count(*) FROM {}").format(table)
    with connection.cursor() as cursor:
        cursor.execute(query)  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"count": cursor.fetchone()[0]})


def archived_orders(request):
    status = request.GET.get("status", "archived")
    status = "archived"
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM shop_order WHERE status = '" + status + "'")  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"orders": cursor.fetchall()})


class NightlyReportView(View):
    def get(self, request):
        status = REPORT_DEFAULTS.get("status")
        limit = os.environ.get("REPORT_LIMIT", "100")
        schema = settings.DATABASES.get("default", {}).get("SCHEMA", "public")
        db = sqlite3.connect(os.environ.get("REPORT_DB", "/var/lib/reports.sqlite3"))
        db.execute(f"SELECT id FROM {schema}.shop_order WHERE status = '{status}' LIMIT {limit}")  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"ok": True})


def sorted_by_allowed_column(request):
    column = SORT_COLUMNS.get("total")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM shop_order ORDER BY " + column)  # ok: PYTHON-DJANGO-SEC-001
        return JsonResponse({"orders": cursor.fetchall()})


class ShelfView(View):
    """The URL capture from self.kwargs travels as a query parameter."""

    def get(self, request, *args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM shelf WHERE code = %s", [self.kwargs["code"]])  # ok: PYTHON-DJANGO-SEC-001
            return JsonResponse({"rows": cursor.fetchall()})
