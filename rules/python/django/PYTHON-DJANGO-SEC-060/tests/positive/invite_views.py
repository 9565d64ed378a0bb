"""Invitation and sharing views that e-mail HTML messages assembled from form fields."""

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.http import JsonResponse
from django.views.decorators.http import require_POST

FROM = "noreply@example.com"


@require_POST
def invite(request):
    msg = EmailMultiAlternatives("You are invited", "Join us!", FROM, [request.POST["email"]])
    msg.attach_alternative("<p>" + request.POST["note"] + "</p>", "text/html")  # expect: PYTHON-DJANGO-SEC-060
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def share_link(request):
    sender = request.POST.get("sender", "A friend")
    link = request.POST.get("link")
    html = f'<p>{sender} shared <a href="{link}">a page</a> with you.</p>'
    msg = EmailMultiAlternatives("A shared page", link, FROM, [request.POST.get("to")])
    msg.attach_alternative(html, mimetype="text/html")  # expect: PYTHON-DJANGO-SEC-060
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def feedback(request):
    comment = request.POST.get("comment", "")
    msg = EmailMessage("Feedback", "<h2>New feedback</h2><p>%s</p>" % comment, FROM, ["support@example.com"])  # expect: PYTHON-DJANGO-SEC-060
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def order_summary(request):
    rows = []
    for item in request.POST.getlist("items"):
        rows.append("<li>{}</li>".format(item))
    if request.POST.get("gift"):
        body = "<ul>" + "".join(rows) + "</ul><p>Gift wrapped</p>"
    else:
        body = "<ul>" + "".join(rows) + "</ul>"
    msg = EmailMultiAlternatives("Your order", "See the HTML version.", FROM, [request.user.email])
    msg.attach_alternative(body, "text/html")  # expect: PYTHON-DJANGO-SEC-060
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def announce(request):
    title = request.POST["title"]
    msg = EmailMessage(subject=title, body=f"<html><body><h1>{title}</h1></body></html>", to=["all@example.com"])  # expect: PYTHON-DJANGO-SEC-060
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def gift_note(request):
    lines = ""
    for line in request.POST.getlist("lines"):
        lines += "<p>" + line + "</p>"
    msg = EmailMultiAlternatives("A gift for you", "You received a gift.", FROM, [request.POST["to"]])
    msg.attach_alternative(lines, "text/html")  # expect: PYTHON-DJANGO-SEC-060
    msg.send()
    return JsonResponse({"sent": True})


@require_POST
def thank_you(request):
    # The body's markup is only seen when the string is built inside the EmailMessage(...) call itself.
    html = "<p>Thank you, " + request.POST["name"] + "!</p>"
    msg = EmailMessage("Thank you", html, FROM, [request.POST["email"]])  # todoruleid: PYTHON-DJANGO-SEC-060
    msg.content_subtype = "html"
    msg.send()
    return JsonResponse({"sent": True})
