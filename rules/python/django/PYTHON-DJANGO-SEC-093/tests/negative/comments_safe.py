"""The same views with escaping before anything is marked safe."""

import nh3
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.views import View
from markupsafe import Markup

FOOTER = "<footer>&copy; Example</footer>"


def signature(request):
    html = "<div class='sig'>" + escape(request.POST["signature"]) + "</div>"
    return render(request, "profile.html", {"signature": mark_safe(html)})  # ok: PYTHON-DJANGO-SEC-093


def search(request):
    query = request.GET.get("q", "")
    title = format_html("Results for <em>{}</em>", query)
    return render(request, "search.html", {"title": title, "footer": mark_safe(FOOTER)})  # ok: PYTHON-DJANGO-SEC-093


class PreviewView(View):
    def post(self, request):
        body = nh3.clean(self.request.POST.get("body", ""))
        return render(request, "preview.html", {"body": SafeString(body)})  # ok: PYTHON-DJANGO-SEC-093


def jinja_banner(request):
    # Markup.format() escapes its arguments.
    banner = Markup("<b>{}</b>").format(request.GET["text"])  # ok: PYTHON-DJANGO-SEC-093
    return render(request, "banner.jinja", {"banner": banner})


def badge(request):
    colour = request.GET.get("colour", "")
    if colour not in ("red", "green", "grey"):
        colour = "grey"
    return render(request, "badge.html", {"badge": mark_safe("<span class='" + colour + "'>new</span>")})  # ok: PYTHON-DJANGO-SEC-093
