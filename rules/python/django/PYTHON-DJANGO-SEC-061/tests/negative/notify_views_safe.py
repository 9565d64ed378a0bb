"""Mail helpers with escaped or template-rendered HTML, and request data only in the plain-text part."""

import os

from django.conf import settings
from django.core.mail import mail_admins, mail_managers, send_mail
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.html import escape, format_html
from django.views import View

FROM = "noreply@example.com"
TEMPLATES = {"welcome": "<h1>Welcome!</h1>"}


def contact(request):
    message = request.POST["message"]
    send_mail("Contact request", message, FROM, ["support@example.com"], html_message="<p>" + escape(message) + "</p>")  # ok: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})


def welcome(request):
    html = render_to_string("emails/welcome.html", {"name": request.POST.get("name")})
    send_mail("Welcome", "Welcome!", FROM, [request.POST["email"]], html_message=html)  # ok: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})


def plain_text(request):
    send_mail("Feedback", "Feedback: " + request.POST.get("text", ""), FROM, ["support@example.com"])  # ok: PYTHON-DJANGO-SEC-061
    mail_admins("Feedback", request.POST.get("text", ""))  # ok: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})


def report_problem(request):
    html = format_html("<p>Problem on {}</p>", request.POST.get("page"))
    mail_admins("Problem report", "See HTML", html_message=html)  # ok: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})


def configured(request):
    html = TEMPLATES.get("welcome")
    banner = os.environ.get("MAIL_BANNER", "")
    footer = settings.MAIL.get("footer_html", "")
    send_mail("Hello", "Hello", FROM, ["all@example.com"], html_message=banner + html + footer)  # ok: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})


def counted(request):
    count = len(request.POST.getlist("titles"))
    mail_managers("Digest", "See HTML", html_message="<p>%d new titles</p>" % count)  # ok: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})


class EscalateView(View):
    def post(self, request):
        reason = request.POST.get("reason", "")
        reason = "manual escalation"
        mail_managers("Escalation", "See HTML", html_message=f"<p>{reason}</p>")  # ok: PYTHON-DJANGO-SEC-061
        return JsonResponse({"sent": True})
