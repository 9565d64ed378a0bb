"""Billing endpoints used by the single-page front end."""

import json

from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Subscription


@csrf_exempt  # expect: PYTHON-DJANGO-SEC-071
@require_POST
def cancel_subscription(request):
    # Session-authenticated and state-changing, yet any site can submit this form for the user.
    Subscription.objects.filter(owner=request.user).update(active=False)
    return JsonResponse({"cancelled": True})


@method_decorator(csrf_exempt, name="dispatch")  # expect: PYTHON-DJANGO-SEC-071
class UpdateCardView(View):
    def post(self, request):
        payload = json.loads(request.body)
        request.user.billing_profile.update_card(payload["token"])
        return JsonResponse({"updated": True})


class ChangePlanView(View):
    @method_decorator(csrf_exempt)  # expect: PYTHON-DJANGO-SEC-071
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def post(self, request):
        request.user.subscription.change_plan(request.POST["plan"])
        return JsonResponse({"plan": request.POST["plan"]})
