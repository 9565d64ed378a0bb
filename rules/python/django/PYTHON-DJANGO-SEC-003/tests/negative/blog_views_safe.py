"""Blog listings with constant extra() fragments and parameters, or plain ORM expressions."""

import os

from django.conf import settings
from django.db import connection, models
from django.db.models import F, Q
from django.http import JsonResponse
from django.shortcuts import render

ORDERINGS = {"new": "-pub_date", "top": "-rating"}


class Entry(models.Model):
    headline = models.CharField(max_length=255)
    pub_date = models.DateTimeField()
    rating = models.IntegerField(default=0)


def recent_entries(request):
    entries = Entry.objects.extra(where=["pub_date > %s"], params=[request.GET["since"]])  # ok: PYTHON-DJANGO-SEC-003
    return render(request, "blog/recent.html", {"entries": entries})


def flagged_entries(request):
    since = request.GET.get("since", "2024-01-01")
    entries = Entry.objects.extra(select={"is_recent": "pub_date > %s"}, select_params=(since,))  # ok: PYTHON-DJANGO-SEC-003
    return render(request, "blog/flagged.html", {"entries": entries})


def positional_params(request):
    entries = Entry.objects.extra(None, ["rating >= %s"], [request.GET.get("min", "0")])  # ok: PYTHON-DJANGO-SEC-003
    return JsonResponse({"ids": [e.pk for e in entries]})


def scored_entries(request):
    weight = int(request.POST.get("weight", "1"))
    entries = Entry.objects.extra(select={"score": "rating * %d" % weight})  # ok: PYTHON-DJANGO-SEC-003
    return JsonResponse({"ids": [e.pk for e in entries]})


def sorted_entries(request):
    column = connection.ops.quote_name(request.GET.get("order", "rating"))
    entries = Entry.objects.extra(order_by=[column])  # ok: PYTHON-DJANGO-SEC-003
    return render(request, "blog/list.html", {"entries": entries})


def configured_entries(request):
    ordering = ORDERINGS.get("top")
    cutoff = os.environ.get("BLOG_CUTOFF", "2020-01-01")
    table = settings.BLOG_OPTIONS.get("table", "blog_entry")
    entries = Entry.objects.extra(where=[f"{table}.pub_date > '{cutoff}'"], order_by=[ordering])  # ok: PYTHON-DJANGO-SEC-003
    return render(request, "blog/list.html", {"entries": entries})


def orm_only(request):
    since = request.GET.get("since")
    entries = Entry.objects.filter(Q(pub_date__gt=since)).annotate(score=F("rating") * 2)
    return render(request, "blog/list.html", {"entries": entries})


def default_section(request):
    section = request.GET.get("section", "")
    section = "news"
    entries = Entry.objects.extra(where=["section = '" + section + "'"])  # ok: PYTHON-DJANGO-SEC-003
    return render(request, "blog/list.html", {"entries": entries})
