"""Sales reporting: helpers that build raw queries for several views."""

from django.db import models
from django.http import JsonResponse


class Sale(models.Model):
    region = models.CharField(max_length=20)
    amount = models.DecimalField(max_digits=12, decimal_places=2)


def region_filter(request):
    return "region = '%s'" % request.COOKIES["region"]


def sales_for(where_clause):
    return Sale.objects.raw("SELECT * FROM sales_sale WHERE " + where_clause)  # expect: PYTHON-DJANGO-SEC-002


def regional_sales(request):
    sales = Sale.objects.raw("SELECT * FROM sales_sale WHERE " + region_filter(request))  # expect: PYTHON-DJANGO-SEC-002
    return JsonResponse({"total": sum(s.amount for s in sales)})


def sales_since(request):
    since = request.headers.get("X-Report-Since")
    return JsonResponse({"count": len(list(sales_for(f"sold_at >= '{since}'")))})
