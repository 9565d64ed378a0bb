"""Analytics and ledger views with constant SQL text and bound parameters."""

import os

import pandas as pd
import psycopg2
from django.conf import settings
from django.http import JsonResponse
from psycopg2 import sql
from sqlalchemy import column, create_engine, literal_column, select, table, text

WAREHOUSE = create_engine("postgresql+psycopg2://analytics@warehouse/analytics")
SIGNUPS = text("SELECT day, count FROM signups WHERE campaign = :campaign")
METRICS = {"visits": "visits", "users": "users"}


def daily_signups(request):
    with WAREHOUSE.connect() as conn:
        rows = conn.execute(text("SELECT day, count FROM signups WHERE campaign = :c"), {"c": request.GET["campaign"]})  # ok: PYTHON-DJANGO-SEC-006
        return JsonResponse({"rows": [list(r) for r in rows]})


def revenue_frame(request):
    start = request.GET.get("start")
    end = request.GET.get("end")
    frame = pd.read_sql("SELECT * FROM revenue WHERE day BETWEEN %(s)s AND %(e)s", WAREHOUSE, params={"s": start, "e": end})  # ok: PYTHON-DJANGO-SEC-006
    return JsonResponse(frame.to_dict(orient="list"))


def metric_values(request):
    metric = METRICS.get("visits")
    stmt = select(literal_column(metric)).select_from(table("daily_stats"))  # ok: PYTHON-DJANGO-SEC-006
    other = select(column(request.GET.get("metric", "visits"))).select_from(table("daily_stats"))
    with WAREHOUSE.connect() as conn:
        return JsonResponse({"a": [r[0] for r in conn.execute(stmt)], "b": [r[0] for r in conn.execute(other)]})


def recent_days(request):
    days = int(request.GET.get("days", "7"))
    frame = pd.read_sql_query("SELECT * FROM revenue ORDER BY day DESC LIMIT %d" % days, WAREHOUSE)  # ok: PYTHON-DJANGO-SEC-006
    return JsonResponse(frame.to_dict(orient="list"))


def ledger_table(request):
    conn = psycopg2.connect(dbname="ledger")
    query = sql.SQL("SELECT id, amount FROM {} WHERE account = %s").format(sql.Identifier(request.GET["table"]))  # ok: PYTHON-DJANGO-SEC-006
    with conn.cursor() as cur:
        cur.execute(query, [request.GET["account"]])
        preview = cur.mogrify("SELECT id FROM ledger_entry WHERE memo = %s", (request.GET["memo"],))  # ok: PYTHON-DJANGO-SEC-006
        return JsonResponse({"rows": cur.fetchall(), "sql": preview.decode()})


def configured(request):
    schema = os.environ.get("WAREHOUSE_SCHEMA", "public")
    table_name = settings.ANALYTICS.get("table", "revenue")
    frame = pd.read_sql(f"SELECT * FROM {schema}.{table_name}", WAREHOUSE)  # ok: PYTHON-DJANGO-SEC-006
    return JsonResponse(frame.to_dict(orient="list"))


def default_campaign(request):
    campaign = request.GET.get("campaign", "")
    campaign = "spring"
    with WAREHOUSE.connect() as conn:
        rows = conn.execute(text("SELECT day FROM signups WHERE campaign = '" + campaign + "'"))  # ok: PYTHON-DJANGO-SEC-006
        return JsonResponse({"rows": [list(r) for r in rows]})
