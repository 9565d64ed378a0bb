"""Product catalogue views that drop down to raw SQL for full-text search and facets."""

from django.db import models
from django.http import JsonResponse
from django.shortcuts import render
from django.views.generic import ListView


class Product(models.Model):
    name = models.CharField(max_length=200)
    category = models.CharField(max_length=50)
    price = models.DecimalField(max_digits=9, decimal_places=2)


def product_by_slug(request, slug):
    product = Product.objects.raw("SELECT * FROM catalog_product WHERE slug = '%s'" % request.GET["slug"])[0]  # expect: PYTHON-DJANGO-SEC-002
    return render(request, "catalog/detail.html", {"product": product})


def search(request):
    term = request.GET.get("q", "")
    query = f"SELECT * FROM catalog_product WHERE name ILIKE '%%{term}%%'"
    results = list(Product.objects.raw(query))  # expect: PYTHON-DJANGO-SEC-002
    return render(request, "catalog/search.html", {"results": results})


def facet(request):
    category = request.POST.get("category")
    if request.POST.get("cheap"):
        sql = "SELECT * FROM catalog_product WHERE category = '" + category + "' AND price < 10"
    else:
        sql = "SELECT * FROM catalog_product WHERE category = '{}'".format(category)
    return JsonResponse({"ids": [p.pk for p in Product.objects.raw(raw_query=sql)]})  # expect: PYTHON-DJANGO-SEC-002


def compare(request):
    names = []
    for name in request.GET.getlist("name"):
        names.append("'" + name + "'")
    products = Product._default_manager.raw("SELECT * FROM catalog_product WHERE name IN (" + ", ".join(names) + ")")  # expect: PYTHON-DJANGO-SEC-002
    return render(request, "catalog/compare.html", {"products": products})


class CategoryListView(ListView):
    template_name = "catalog/category.html"

    def get_queryset(self):
        order = self.request.GET.get("order", "name")
        return Product.objects.raw("SELECT * FROM catalog_product ORDER BY " + order)  # expect: PYTHON-DJANGO-SEC-002


def by_skus(request):
    found = []
    for sku in request.GET.getlist("sku"):
        found.extend(Product.objects.raw("SELECT * FROM catalog_product WHERE sku = '" + sku + "'"))  # expect: PYTHON-DJANGO-SEC-002
    return render(request, "catalog/compare.html", {"products": found})
