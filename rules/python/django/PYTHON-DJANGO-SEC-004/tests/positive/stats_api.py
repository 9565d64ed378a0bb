"""Statistics API: DRF and class-based views sharing RawSQL helpers."""

from django.db import models
from django.db.models.expressions import RawSQL
from django.views import View
from django.http import JsonResponse
from rest_framework.decorators import api_view
from rest_framework.response import Response


class Match(models.Model):
    home = models.CharField(max_length=50)
    away = models.CharField(max_length=50)
    goals = models.IntegerField()


def goals_expression(sql_text):
    return RawSQL(sql_text, ())  # expect: PYTHON-DJANGO-SEC-004


def team_filter(request):
    return "home = '" + request.data["team"] + "'"


@api_view(["POST"])
def team_goals(request):
    matches = Match.objects.annotate(total=RawSQL("SELECT SUM(goals) FROM stats_match WHERE " + team_filter(request), ()))  # expect: PYTHON-DJANGO-SEC-004
    return Response({"total": [m.total for m in matches]})


class GoalsView(View):
    def get(self, request):
        factor = self.request.GET.get("factor", "1")
        matches = Match.objects.annotate(adjusted=goals_expression("goals * " + factor))
        return JsonResponse({"adjusted": [m.adjusted for m in matches]})
