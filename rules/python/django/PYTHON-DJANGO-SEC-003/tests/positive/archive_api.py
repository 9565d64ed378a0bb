"""Archive API: a class-based view and a shared helper that adds extra() filters."""

from django.db import models
from django.http import JsonResponse
from django.views import View


class Article(models.Model):
    title = models.CharField(max_length=255)
    section = models.CharField(max_length=50)


def section_clause(request):
    return "section = '" + request.COOKIES.get("section", "news") + "'"


def with_condition(queryset, condition):
    return queryset.extra(where=[condition])  # expect: PYTHON-DJANGO-SEC-003


class ArchiveView(View):
    def get(self, request):
        articles = Article.objects.extra(where=[section_clause(request)])  # expect: PYTHON-DJANGO-SEC-003
        return JsonResponse({"titles": [a.title for a in articles]})


class YearArchiveView(View):
    def get(self, request):
        year = self.request.GET["year"]
        articles = with_condition(Article.objects.all(), "EXTRACT(year FROM published) = " + year)
        return JsonResponse({"titles": [a.title for a in articles]})
