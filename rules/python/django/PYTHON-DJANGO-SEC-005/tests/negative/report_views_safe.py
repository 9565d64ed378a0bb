"""Reporting endpoints that keep the SQL text constant and pass values as parameters."""

from django.db.models import F, RawSQL, Sum
from django.http import JsonResponse

from .models import Customer, Order
from .sql import REGION_TOTAL_SQL

REGION_TOTAL = "SELECT SUM(total) FROM sales_order WHERE region = %s"
BEST_DISCOUNT = "SELECT MAX(discount) FROM sales_discount WHERE customer_id = sales_customer.id"


def orders_by_region(request):
    region = request.GET.get("region", "EU")
    score = RawSQL(REGION_TOTAL, (region,))  # ok: PYTHON-DJANGO-SEC-005
    rows = Order.objects.annotate(region_total=score).values("id", "region_total")
    return JsonResponse(list(rows), safe=False)


def orders_by_region_shared_sql(request):
    region = request.GET.get("region", "EU")
    score = RawSQL(REGION_TOTAL_SQL, [region])  # ok: PYTHON-DJANGO-SEC-005
    return JsonResponse(list(Order.objects.annotate(t=score).values("t")), safe=False)


def customers_with_discount(request):
    best = RawSQL(BEST_DISCOUNT, [])  # ok: PYTHON-DJANGO-SEC-005
    return JsonResponse(list(Customer.objects.annotate(best=best).values("id", "best")), safe=False)


def search_orders(request):
    term = request.GET["q"]
    results = Order.objects.raw("SELECT * FROM sales_order WHERE note LIKE %s", ["%" + term + "%"])  # ok: PYTHON-DJANGO-SEC-005
    return JsonResponse([o.pk for o in results], safe=False)


def sorted_customers(request):
    customers = Customer.objects.raw(raw_query="SELECT * FROM sales_customer ORDER BY created")  # ok: PYTHON-DJANGO-SEC-005
    return JsonResponse([c.pk for c in customers], safe=False)


def totals(request):
    # The ORM builds the SQL itself.
    rows = Order.objects.values("region").annotate(total=Sum(F("price") * F("quantity")))
    return JsonResponse(list(rows), safe=False)


ORDER_COLUMNS = "SELECT id, region, total FROM sales_order"
ORDER_BY_ID = ORDER_COLUMNS + " WHERE id = %s"


def order_detail(request, order_id):
    # Constant pieces joined at import time are still a constant.
    order = Order.objects.raw(ORDER_BY_ID, [order_id])  # ok: PYTHON-DJANGO-SEC-005
    return JsonResponse({"ids": [o.pk for o in order]})


def flagged_customers(request):
    flag = request.GET.get("flag", "vip")
    has_flag = RawSQL(  # ok: PYTHON-DJANGO-SEC-005
        sql="SELECT EXISTS(SELECT 1 FROM crm_flag WHERE crm_flag.customer_id = sales_customer.id AND name = %s)",
        params=(flag,),
    )
    return JsonResponse(list(Customer.objects.annotate(flagged=has_flag).values("id", "flagged")), safe=False)
