"""Newsletter tools: class-based views and a helper that wraps content in the house HTML layout."""

from django.core.mail import EmailMultiAlternatives
from django.http import JsonResponse
from django.views import View


def headline(request):
    return "<h1>" + request.headers.get("X-Newsletter-Title", "News") + "</h1>"


def send_html(subject, html, recipients):
    msg = EmailMultiAlternatives(subject, "HTML newsletter", "news@example.com", recipients)
    msg.attach_alternative(html, "text/html")  # expect: PYTHON-DJANGO-SEC-060
    return msg.send()


class PreviewView(View):
    def post(self, request):
        msg = EmailMultiAlternatives("Preview", "HTML preview", "news@example.com", ["editor@example.com"])
        msg.attach_alternative(headline(request), "text/html")  # expect: PYTHON-DJANGO-SEC-060
        return JsonResponse({"sent": msg.send()})


class SendView(View):
    def post(self, request):
        content = self.request.POST["content"]
        return JsonResponse({"sent": send_html("Newsletter", f"<div>{content}</div>", ["list@example.com"])})
