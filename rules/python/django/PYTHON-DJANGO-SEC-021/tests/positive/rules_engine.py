"""Discount rules engine: rules are stored as Python snippets submitted through an API."""

from django.http import JsonResponse
from django.views import View


def rule_source(request):
    return request.headers.get("X-Rule", "discount = 0")


def apply_rule(source, context):
    exec(source, context)  # expect: PYTHON-DJANGO-SEC-021
    return context.get("discount", 0)


class PreviewRuleView(View):
    def post(self, request):
        context = {"total": 100}
        exec(rule_source(request), context)  # expect: PYTHON-DJANGO-SEC-021
        return JsonResponse({"discount": context.get("discount")})


class ApplyRuleView(View):
    def post(self, request):
        snippet = self.request.POST["rule"]
        return JsonResponse({"discount": apply_rule("discount = " + snippet, {"total": 100})})
