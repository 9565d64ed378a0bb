"""Amounts parsed as integers or Decimals, or float() on server-side values."""

import os
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.http import JsonResponse
from django.views import View

from wallet.models import Account


def withdraw(request):
    cents = int(request.POST["amount_cents"])
    account = Account.objects.get(user=request.user)
    if cents <= 0 or cents > account.balance_cents:
        return JsonResponse({"error": "invalid amount"}, status=400)
    return JsonResponse({"balance": float(account.balance_cents - cents) / 100})  # ok: PYTHON-DJANGO-SEC-092


class RatingView(View):
    def post(self, request, pk):
        try:
            stars = Decimal(self.request.POST.get("stars", "0"))
        except InvalidOperation:
            return JsonResponse({"error": "bad rating"}, status=400)
        fee = float(os.environ.get("RATING_WEIGHT", "1.0"))  # ok: PYTHON-DJANGO-SEC-092
        limit = float(settings.MAX_RATING)  # ok: PYTHON-DJANGO-SEC-092
        return JsonResponse({"ok": stars.is_finite() and stars <= limit, "weight": fee})


def price_filter(request):
    low = float(int(request.GET.get("low", "0")))  # ok: PYTHON-DJANGO-SEC-092
    return JsonResponse({"low": low})
