"""Leaderboards with constant RawSQL text and values in params, or ORM expressions."""

import os

from django.conf import settings
from django.db import connection, models
from django.db.models import F, RawSQL
from django.http import JsonResponse

BONUS_SQL = "SELECT SUM(points) FROM game_bonus WHERE season = %s"
WEIGHTS = {"default": "1.0"}


class Player(models.Model):
    name = models.CharField(max_length=100)
    points = models.IntegerField(default=0)


def ranked(request):
    players = Player.objects.annotate(bonus=RawSQL(BONUS_SQL, (request.GET["season"],)))  # ok: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in players]})


def weighted(request):
    weight = request.GET.get("weight", "1.0")
    players = Player.objects.annotate(score=RawSQL("points * %s", [weight]))  # ok: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in players]})


def filtered(request):
    region = request.POST.get("region")
    clause = RawSQL(sql="SELECT id FROM game_player WHERE region = %s", params=[region])  # ok: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in Player.objects.filter(id__in=clause)]})


def season_total(request):
    season = int(request.GET.get("season", "2024"))
    total = RawSQL("SELECT SUM(points) FROM game_bonus WHERE season = %d" % season, ())  # ok: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in Player.objects.annotate(total=total)]})


def by_column(request):
    column = connection.ops.quote_name(request.GET.get("column", "points"))
    players = Player.objects.annotate(value=RawSQL("SELECT " + column + " FROM game_stats", ()))  # ok: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in players]})


def configured(request):
    weight = WEIGHTS.get("default")
    schema = os.environ.get("STATS_SCHEMA", "public")
    season = settings.LEADERBOARD.get("season", 2024)
    expression = RawSQL(f"SELECT points * {weight} FROM {schema}.game_player WHERE season = {season}", ())  # ok: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in Player.objects.annotate(score=expression)]})


def orm_score(request):
    weight = float(request.GET.get("weight", "1.0"))
    players = Player.objects.annotate(score=F("points") * weight)
    return JsonResponse({"players": [p.name for p in players]})


def default_region(request):
    region = request.GET.get("region", "")
    region = "eu"
    clause = RawSQL("SELECT id FROM game_player WHERE region = '" + region + "'", ())  # ok: PYTHON-DJANGO-SEC-004
    return JsonResponse({"players": [p.name for p in Player.objects.filter(id__in=clause)]})
