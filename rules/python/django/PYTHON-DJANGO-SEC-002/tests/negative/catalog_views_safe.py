"""Catalogue views with constant raw SQL and values passed in params."""

import os

from django.conf import settings
from django.db import connection, models
from django.http import JsonResponse
from django.shortcuts import render

SEARCH_SQL = "SELECT * FROM catalog_product WHERE name ILIKE %s"
FEATURED = {"home": "SELECT * FROM catalog_product WHERE featured ORDER BY rank"}


class Product(models.Model):
    name = models.CharField(max_length=200)
    category = models.CharField(max_length=50)


def product_by_slug(request, slug):
    product = Product.objects.raw("SELECT * FROM catalog_product WHERE slug = %s", [request.GET["slug"]])[0]  # ok: PYTHON-DJANGO-SEC-002
    return render(request, "catalog/detail.html", {"product": product})


def search(request):
    term = request.GET.get("q", "")
    results = list(Product.objects.raw(SEARCH_SQL, ["%" + term + "%"]))  # ok: PYTHON-DJANGO-SEC-002
    return render(request, "catalog/search.html", {"results": results})


def facet(request):
    category = request.POST.get("category")
    rows = Product.objects.raw(raw_query="SELECT * FROM catalog_product WHERE category = %s", params=(category,))  # ok: PYTHON-DJANGO-SEC-002
    return JsonResponse({"ids": [p.pk for p in rows]})


def top_n(request):
    limit = int(request.GET.get("n", "10"))
    rows = Product.objects.raw("SELECT * FROM catalog_product ORDER BY rank LIMIT %d" % limit)  # ok: PYTHON-DJANGO-SEC-002
    return JsonResponse({"ids": [p.pk for p in rows]})


def sorted_products(request):
    column = connection.ops.quote_name(request.GET.get("order", "name"))
    rows = Product.objects.raw("SELECT * FROM catalog_product ORDER BY " + column)  # ok: PYTHON-DJANGO-SEC-002
    return JsonResponse({"ids": [p.pk for p in rows]})


def featured(request):
    query = FEATURED.get("home")
    table = os.environ.get("CATALOG_TABLE", "catalog_product")
    schema = settings.DATABASES.get("default", {}).get("SCHEMA", "public")
    Product.objects.raw(f"SELECT * FROM {schema}.{table} WHERE featured")  # ok: PYTHON-DJANGO-SEC-002
    return render(request, "catalog/featured.html", {"products": Product.objects.raw(query)})  # ok: PYTHON-DJANGO-SEC-002


def clearance(request):
    category = request.GET.get("category", "")
    category = "clearance"
    rows = Product.objects.raw("SELECT * FROM catalog_product WHERE category = '" + category + "'")  # ok: PYTHON-DJANGO-SEC-002
    return JsonResponse({"ids": [p.pk for p in rows]})
