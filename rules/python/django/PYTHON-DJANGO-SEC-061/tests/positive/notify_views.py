"""Notification views that send HTML e-mail through Django's send_mail helpers."""

from django.core import mail
from django.core.mail import mail_admins, send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

FROM = "noreply@example.com"


@require_POST
def contact(request):
    send_mail(  # expect: PYTHON-DJANGO-SEC-061
        "Contact request",
        request.POST["message"],
        FROM,
        ["support@example.com"],
        html_message="<p>" + request.POST["message"] + "</p>",
    )
    return JsonResponse({"sent": True})


@require_POST
def welcome(request):
    name = request.POST.get("name", "friend")
    html = f"<h1>Welcome, {name}!</h1>"
    send_mail("Welcome", f"Welcome, {name}!", FROM, [request.POST["email"]], html_message=html)  # expect: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})


@require_POST
def report_problem(request):
    page = request.POST.get("page")
    if request.POST.get("urgent"):
        html = "<p><b>URGENT</b> problem on %s</p>" % page
    else:
        html = "<p>Problem on {}</p>".format(page)
    mail_admins("Problem report", "See HTML", html_message=html)  # expect: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})


@require_POST
def digest(request):
    items = ""
    for title in request.POST.getlist("titles"):
        items += "<li>" + title + "</li>"
    mail.send_mail("Digest", "See HTML", FROM, ["team@example.com"], False, None, None, None, "<ul>" + items + "</ul>")  # expect: PYTHON-DJANGO-SEC-061
    return JsonResponse({"sent": True})
