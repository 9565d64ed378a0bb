"""Embeddable widgets: class-based views that render small HTML snippets through helpers."""

from django.http import HttpResponse
from django.views import View


def title_from(request):
    return "<h2>" + request.headers.get("X-Widget-Title", "Widget") + "</h2>"


def html_page(fragment):
    return HttpResponse("<html><body>" + fragment + "</body></html>")  # expect: PYTHON-DJANGO-SEC-050


class TitleWidgetView(View):
    def get(self, request):
        return HttpResponse(title_from(request))  # expect: PYTHON-DJANGO-SEC-050


class QuoteWidgetView(View):
    def get(self, request):
        quote = self.request.GET["quote"]
        return html_page(f"<blockquote>{quote}</blockquote>")
