"""Reporting endpoints for the sales dashboard."""

from django.db.models import RawSQL
from django.db.models.expressions import RawSQL as SqlExpr
from django.http import JsonResponse

from .models import Order, Customer

SORTABLE = {"total", "created", "region"}


def orders_by_region(request):
    region = request.GET.get("region", "EU")
    # The region is pasted into the SQL text.
    score = RawSQL(f"SELECT SUM(total) FROM sales_order WHERE region = '{region}'", ())  # expect: PYTHON-DJANGO-SEC-005
    rows = Order.objects.annotate(region_total=score).values("id", "region_total")
    return JsonResponse(list(rows), safe=False)


def customers_with_discount(request):
    column = request.GET.get("column", "discount")
    expression = SqlExpr("SELECT MAX(%s) FROM sales_discount" % column, [])  # expect: PYTHON-DJANGO-SEC-005
    return JsonResponse(list(Customer.objects.annotate(best=expression).values("id", "best")), safe=False)


def search_orders(request):
    term = request.GET["q"]
    query = "SELECT * FROM sales_order WHERE note LIKE '%%" + term + "%%'"
    results = Order.objects.raw(query)  # expect: PYTHON-DJANGO-SEC-005
    return JsonResponse([o.pk for o in results], safe=False)


def sorted_customers(request):
    order = request.GET.get("order", "created")
    customers = Customer.objects.raw(  # expect: PYTHON-DJANGO-SEC-005
        raw_query="SELECT * FROM sales_customer ORDER BY {}".format(order),
    )
    return JsonResponse([c.pk for c in customers], safe=False)
