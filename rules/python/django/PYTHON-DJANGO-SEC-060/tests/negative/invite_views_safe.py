"""Mail views that escape request data in HTML bodies, or send it as plain text only."""

import os

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.html import escape, format_html
from django.views import View

FROM = "noreply@example.com"
FOOTERS = {"default": "<p>Unsubscribe at any time.</p>"}


def invite(request):
    msg = EmailMultiAlternatives("You are invited", "Join us!", FROM, [request.POST["email"]])
    msg.attach_alternative("<p>" + escape(request.POST["note"]) + "</p>", "text/html")  # ok: PYTHON-DJANGO-SEC-060
    msg.send()
    return JsonResponse({"sent": True})


def share_link(request):
    html = render_to_string("emails/share.html", {"sender": request.POST.get("sender"), "link": request.POST.get("link")})
    msg = EmailMultiAlternatives("A shared page", request.POST.get("link", ""), FROM, [request.POST.get("to")])
    msg.attach_alternative(html, "text/html")  # ok: PYTHON-DJANGO-SEC-060
    msg.send()
    return JsonResponse({"sent": True})


def feedback(request):
    comment = request.POST.get("comment", "")
    msg = EmailMessage("Feedback", format_html("<h2>New feedback</h2><p>{}</p>", comment), FROM, ["support@example.com"])  # ok: PYTHON-DJANGO-SEC-060
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


def contact(request):
    message = request.POST.get("message", "")
    EmailMessage("Contact form", "Message:\n" + message, FROM, ["support@example.com"]).send()  # ok: PYTHON-DJANGO-SEC-060
    return JsonResponse({"sent": True})


def export(request):
    msg = EmailMultiAlternatives("Export", "Attached.", FROM, ["ops@example.com"])
    msg.attach_alternative(request.POST.get("csv", ""), "text/csv")  # ok: PYTHON-DJANGO-SEC-060
    msg.send()
    return JsonResponse({"sent": True})


def footer_mail(request):
    footer = FOOTERS.get("default")
    banner = os.environ.get("MAIL_BANNER_HTML", "")
    signature = settings.MAIL.get("signature_html", "")
    msg = EmailMultiAlternatives("Update", "See HTML.", FROM, ["all@example.com"])
    msg.attach_alternative(f"<div>{banner}</div>{footer}{signature}", "text/html")  # ok: PYTHON-DJANGO-SEC-060
    msg.send()
    return JsonResponse({"sent": True})


def count_mail(request):
    count = len(request.POST.getlist("items"))
    msg = EmailMessage("Order", "<p>%d items ordered</p>" % count, FROM, ["sales@example.com"])  # ok: PYTHON-DJANGO-SEC-060
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


class SendView(View):
    def post(self, request):
        content = request.POST.get("content", "")
        content = "<p>Our monthly update is out.</p>"
        msg = EmailMultiAlternatives("Newsletter", "HTML newsletter", FROM, ["list@example.com"])
        msg.attach_alternative(content, "text/html")  # ok: PYTHON-DJANGO-SEC-060
        return JsonResponse({"sent": msg.send()})
