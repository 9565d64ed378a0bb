"""Blog listing views that use QuerySet.extra() for computed columns and custom filters."""

from django.db import models
from django.http import JsonResponse
from django.shortcuts import render


class Entry(models.Model):
    headline = models.CharField(max_length=255)
    pub_date = models.DateTimeField()
    rating = models.IntegerField(default=0)


def recent_entries(request):
    entries = Entry.objects.extra(where=["pub_date > '%s'" % request.GET["since"]])  # expect: PYTHON-DJANGO-SEC-003
    return render(request, "blog/recent.html", {"entries": entries})


def flagged_entries(request):
    since = request.GET.get("since", "2024-01-01")
    entries = Entry.objects.filter(rating__gte=3).extra(  # expect: PYTHON-DJANGO-SEC-003
        select={"is_recent": f"pub_date > '{since}'"},
    )
    return render(request, "blog/flagged.html", {"entries": entries})


def sorted_entries(request):
    qs = Entry.objects.all()
    order = request.GET.get("order")
    if order:
        qs = qs.extra(order_by=[order])  # expect: PYTHON-DJANGO-SEC-003
    return render(request, "blog/list.html", {"entries": qs})


def tagged_entries(request):
    conditions = []
    for tag in request.GET.getlist("tag"):
        conditions.append("tags LIKE '%%{}%%'".format(tag))
    entries = Entry.objects.extra(None, conditions)  # expect: PYTHON-DJANGO-SEC-003
    return JsonResponse({"ids": [e.pk for e in entries]})


def scored_entries(request):
    weight = request.POST.get("weight", "1")
    score = "rating * " + weight
    entries = Entry.objects.extra(select={"score": score}, order_by=["-score"])  # expect: PYTHON-DJANGO-SEC-003
    return JsonResponse({"ids": [e.pk for e in entries]})


def any_tag(request):
    condition = "1 = 0"
    for tag in request.GET.getlist("tag"):
        condition += " OR tags LIKE '%%" + tag + "%%'"
    entries = Entry.objects.extra(where=[condition])  # expect: PYTHON-DJANGO-SEC-003
    return JsonResponse({"ids": [e.pk for e in entries]})


def top_flagged(request):
    since = request.GET.get("since", "2024-01-01")
    top = Entry.objects.filter(rating__gte=4)
    entries = top.extra(select={"is_recent": f"pub_date > '{since}'"})  # expect: PYTHON-DJANGO-SEC-003
    return render(request, "blog/flagged.html", {"entries": entries})
