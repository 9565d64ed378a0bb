"""Alerting: class-based views and a helper that mails managers an HTML alert."""

from django.core.mail import mail_managers
from django.http import JsonResponse
from django.views import View


def alert_html(request):
    return "<p>Alert from " + request.META.get("HTTP_X_SOURCE", "unknown") + "</p>"


def notify_managers(subject, html):
    return mail_managers(subject, "See HTML", html_message=html)  # expect: PYTHON-DJANGO-SEC-061


class AlertView(View):
    def post(self, request):
        mail_managers("Alert", "See HTML", False, None, alert_html(request))  # expect: PYTHON-DJANGO-SEC-061
        return JsonResponse({"sent": True})


class EscalateView(View):
    def post(self, request):
        reason = self.request.POST["reason"]
        return JsonResponse({"sent": notify_managers("Escalation", f"<p>{reason}</p>")})
