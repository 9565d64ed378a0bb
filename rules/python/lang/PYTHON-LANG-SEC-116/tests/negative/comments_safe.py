"""The same widgets with escaping before anything is marked safe."""

import bleach
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)
FOOTER = "<footer>&copy; Example</footer>"


@app.route("/preview", methods=["POST"])
def preview():
    body = bleach.clean(request.form.get("body", ""), tags=["b", "i"])
    return render_template("preview.html", body=Markup(body))  # ok: PYTHON-LANG-SEC-116


@app.route("/hello/<name>")
def hello(name):
    # Markup.format() escapes its arguments.
    greeting = Markup("<b>Hello {}</b>").format(name)  # ok: PYTHON-LANG-SEC-116
    return render_template("hello.html", greeting=greeting, footer=Markup(FOOTER))  # ok: PYTHON-LANG-SEC-116


def signature(request):
    html = "<div class='sig'>" + escape(request.POST["signature"]) + "</div>"
    return render(request, "profile.html", {"signature": mark_safe(html)})  # ok: PYTHON-LANG-SEC-116


def search(request):
    query = request.GET.get("q", "")
    title = format_html("Results for <em>{}</em>", query)
    return render(request, "search.html", {"title": title, "footer": mark_safe(FOOTER)})  # ok: PYTHON-LANG-SEC-116
