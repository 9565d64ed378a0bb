"""Comment and profile views that mark request text as safe HTML."""

from django.shortcuts import render
from django.utils.safestring import SafeString, mark_safe
from django.views import View
from markupsafe import Markup


def signature(request):
    html = "<div class='sig'>" + request.POST["signature"] + "</div>"
    return render(request, "profile.html", {"signature": mark_safe(html)})  # expect: PYTHON-DJANGO-SEC-093


def search(request):
    query = request.GET.get("q", "")
    return render(request, "search.html", {"title": mark_safe(f"Results for <em>{query}</em>")})  # expect: PYTHON-DJANGO-SEC-093


class PreviewView(View):
    def post(self, request):
        body = self.request.POST.get("body", "")
        return render(request, "preview.html", {"body": SafeString(body)})  # expect: PYTHON-DJANGO-SEC-093


def jinja_banner(request):
    # A Jinja2 template backend: Markup() has the same effect.
    return render(request, "banner.jinja", {"banner": Markup("<b>%s</b>" % request.GET["text"])})  # expect: PYTHON-DJANGO-SEC-093


def badge(request):
    colour = request.GET.get("colour", "")
    # Rejecting "<script" leaves event handlers such as onmouseover open.
    if "<script" in colour:
        colour = "grey"
    return render(request, "badge.html", {"badge": mark_safe("<span class='" + colour + "'>new</span>")})  # expect: PYTHON-DJANGO-SEC-093
