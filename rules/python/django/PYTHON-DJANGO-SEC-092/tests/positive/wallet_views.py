"""Wallet views that parse amounts with float()."""

from django.http import JsonResponse
from django.views import View

from wallet.models import Account


def withdraw(request):
    amount = float(request.POST["amount"])  # expect: PYTHON-DJANGO-SEC-092
    account = Account.objects.get(user=request.user)
    # amount=nan: both comparisons are False, the balance becomes NaN.
    if amount <= 0 or amount > account.balance:
        return JsonResponse({"error": "invalid amount"}, status=400)
    account.balance -= amount
    account.save()
    return JsonResponse({"balance": account.balance})


class RatingView(View):
    def post(self, request, pk):
        stars = self.request.POST.get("stars", "0")
        Account.objects.filter(pk=pk).update(rating=float(stars))  # expect: PYTHON-DJANGO-SEC-092
        return JsonResponse({"ok": True})


def price_filter(request):
    low, high = (float(v) for v in request.GET.get("range", "0-100").split("-"))  # expect: PYTHON-DJANGO-SEC-092
    return JsonResponse({"low": low, "high": high})
