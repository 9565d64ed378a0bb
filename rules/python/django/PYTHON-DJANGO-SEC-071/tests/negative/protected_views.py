"""Views that keep Django's CSRF protection (or opt into it explicitly)."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_protect, ensure_csrf_cookie, requires_csrf_token
from django.views.decorators.http import require_POST


@csrf_protect  # ok: PYTHON-DJANGO-SEC-071
@require_POST  # ok: PYTHON-DJANGO-SEC-071
def cancel_subscription(request):
    request.user.subscription.cancel()
    return JsonResponse({"cancelled": True})


@ensure_csrf_cookie  # ok: PYTHON-DJANGO-SEC-071
def spa_shell(request):
    return JsonResponse({"app": "loaded"})


@method_decorator(login_required, name="dispatch")  # ok: PYTHON-DJANGO-SEC-071
class UpdateCardView(View):
    def post(self, request):
        request.user.billing_profile.update_card(request.POST["token"])
        return JsonResponse({"updated": True})


@method_decorator(csrf_protect, name="dispatch")  # ok: PYTHON-DJANGO-SEC-071
class ChangePlanView(View):
    def post(self, request):
        request.user.subscription.change_plan(request.POST["plan"])
        return JsonResponse({"plan": request.POST["plan"]})


@requires_csrf_token  # ok: PYTHON-DJANGO-SEC-071
def csrf_failure(request, reason=""):
    return JsonResponse({"error": "csrf", "reason": reason}, status=403)


urlpatterns = [
    path("billing/cancel/", csrf_protect(cancel_subscription)),  # ok: PYTHON-DJANGO-SEC-071
]


# Keeping the check on explicitly, and an unrelated attribute assignment.
spa_shell.csrf_exempt = False  # ok: PYTHON-DJANGO-SEC-071
spa_shell.login_required = True  # ok: PYTHON-DJANGO-SEC-071
