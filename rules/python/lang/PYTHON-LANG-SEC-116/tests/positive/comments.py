"""Comment widgets that mark request text as safe HTML."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form.get("body", "")
    return render_template("preview.html", body=Markup(body))  # expect: PYTHON-LANG-SEC-116


@app.route("/hello/<name>")
def hello(name):
    greeting = Markup("<b>Hello %s</b>" % name)  # expect: PYTHON-LANG-SEC-116
    return render_template("hello.html", greeting=greeting)


def signature(request):
    """Django view: the signature is shown on the profile page as HTML."""
    html = "<div class='sig'>" + request.POST["signature"] + "</div>"
    return render(request, "profile.html", {"signature": mark_safe(html)})  # expect: PYTHON-LANG-SEC-116


def search(request):
    query = request.GET.get("q", "")
    return render(request, "search.html", {"title": mark_safe(f"Results for <em>{query}</em>")})  # expect: PYTHON-LANG-SEC-116
