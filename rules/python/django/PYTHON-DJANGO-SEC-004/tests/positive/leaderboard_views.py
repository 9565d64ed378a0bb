"""Leaderboard views that rank players with RawSQL annotations."""

from django.db import models
from django.db.models import RawSQL
from django.db.models.expressions import RawSQL as Raw
from django.http import JsonResponse


class Player(models.Model):
    name = models.CharField(max_length=100)
    points = models.IntegerField(default=0)
    season = models.IntegerField()


def ranked(request):
    players = Player.objects.annotate(
        bonus=RawSQL("SELECT SUM(points) FROM game_bonus WHERE season = " + request.GET["season"], ()),  # expect: PYTHON-DJANGO-SEC-004
    )
    return JsonResponse({"players": [p.name for p in players]})


def weighted(request):
    weight = request.GET.get("weight", "1.0")
    expression = f"points * {weight}"
    players = Player.objects.annotate(score=RawSQL(expression, [])).order_by("-score")  # expect: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in players]})


def filtered(request):
    region = request.POST.get("region")
    if region:
        clause = "SELECT id FROM game_player WHERE region = '%s'" % region
    else:
        clause = "SELECT id FROM game_player"
    players = Player.objects.filter(id__in=Raw(sql=clause, params=[]))  # expect: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in players]})


def multi_season(request):
    parts = []
    for season in request.GET.getlist("season"):
        parts.append("season = {}".format(season))
    condition = RawSQL("SELECT id FROM game_player WHERE " + " OR ".join(parts), [])  # expect: PYTHON-DJANGO-SEC-004
    players = Player.objects.filter(id__in=condition)
    return JsonResponse({"players": [p.name for p in players]})


def any_region(request):
    condition = "1 = 0"
    for region in request.GET.getlist("region"):
        condition += " OR region = '%s'" % region
    players = Player.objects.filter(id__in=RawSQL("SELECT id FROM game_player WHERE " + condition, []))  # expect: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in players]})
