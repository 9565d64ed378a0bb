"""Inventory endpoints: class-based views and DRF views sharing SQL helpers."""

import sqlite3

from django.db import connection
from django.http import JsonResponse
from django.views import View
from rest_framework.decorators import api_view
from rest_framework.response import Response

LEGACY_DB = "/var/lib/inventory/legacy.sqlite3"


def warehouse_filter(request):
    """Helper whose return value carries request data to its callers."""
    return "warehouse_id = " + request.GET["warehouse"]


def run_report(sql_text):
    """Helper whose parameter reaches the sink."""
    with connection.cursor() as cursor:
        cursor.execute(sql_text)  # expect: PYTHON-DJANGO-SEC-001
        return cursor.fetchall()


class StockLevelView(View):
    def get(self, request):
        clause = warehouse_filter(request)
        with connection.cursor() as cursor:
            cursor.execute("SELECT sku, qty FROM stock WHERE " + clause)  # expect: PYTHON-DJANGO-SEC-001
            return JsonResponse({"stock": cursor.fetchall()})


class LowStockView(View):
    def get(self, request, *args, **kwargs):
        threshold = self.request.GET.get("below", "5")
        rows = run_report(f"SELECT sku FROM stock WHERE qty < {threshold}")
        return JsonResponse({"skus": rows})


@api_view(["POST"])
def import_skus(request):
    skus = request.data["skus"]
    values = []
    for sku in skus:
        values.append("('%s')" % sku)
    db = sqlite3.connect(LEGACY_DB)
    db.executescript("INSERT INTO sku (code) VALUES " + ", ".join(values) + ";")  # expect: PYTHON-DJANGO-SEC-001
    return Response(status=201)


@api_view(["POST"])
def annotate_skus(request):
    note = request.query_params.get("note")
    codes = request.query_params.getlist("code")
    db = sqlite3.connect(LEGACY_DB)
    cur = db.cursor()
    cur.executemany("UPDATE sku SET note = '" + note + "' WHERE code = ?", [(c,) for c in codes])  # expect: PYTHON-DJANGO-SEC-001
    db.commit()
    return Response({"updated": cur.rowcount})


class ShelfView(View):
    """path("shelves/<str:code>/", ShelfView.as_view()): the URL capture arrives in self.kwargs."""

    def get(self, request, *args, **kwargs):
        code = self.kwargs["code"]
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM shelf WHERE code = '%s'" % code)  # expect: PYTHON-DJANGO-SEC-001
            return JsonResponse({"rows": cursor.fetchall()})
