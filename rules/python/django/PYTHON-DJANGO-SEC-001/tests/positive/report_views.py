"""Reporting views of an order-management app: ad-hoc SQL over the orders tables."""

import csv

from django.db import connection, connections
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET, require_POST


@require_GET
def order_detail(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, total, status FROM shop_order WHERE id = " + request.GET["id"])  # expect: PYTHON-DJANGO-SEC-001
        row = cursor.fetchone()
    return JsonResponse({"order": row})


@require_GET
def search_customers(request):
    name = request.GET.get("name", "")
    query = f"SELECT id, email FROM shop_customer WHERE name LIKE '%{name}%'"
    with connection.cursor() as cursor:
        cursor.execute(query)  # expect: PYTHON-DJANGO-SEC-001
        rows = cursor.fetchall()
    return JsonResponse({"customers": rows})


@require_GET
def orders_by_status(request):
    status = request.GET.get("status")
    sort = request.GET.get("sort", "created")
    if sort == "total":
        order_clause = "ORDER BY total DESC"
    else:
        order_clause = "ORDER BY %s" % sort
    sql = "SELECT id, total FROM shop_order WHERE status = '{}' {}".format(status, order_clause)
    cursor = connections["reporting"].cursor()
    cursor.execute(sql)  # expect: PYTHON-DJANGO-SEC-001
    return JsonResponse({"orders": cursor.fetchall()})


@require_POST
def bulk_cancel(request):
    cursor = connection.cursor()
    for order_id in request.POST.getlist("order_ids"):
        cursor.execute("UPDATE shop_order SET status = 'cancelled' WHERE id = %s" % order_id)  # expect: PYTHON-DJANGO-SEC-001
    return HttpResponse(status=204)


@require_GET
def export_region(request):
    region = request.COOKIES.get("region")
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    with connection.cursor() as cursor:
        cursor.execute(sql="SELECT id, total FROM shop_order WHERE region = '" + region + "'")  # expect: PYTHON-DJANGO-SEC-001
        writer.writerows(cursor.fetchall())
    return response
