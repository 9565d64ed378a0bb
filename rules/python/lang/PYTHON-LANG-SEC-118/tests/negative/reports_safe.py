"""The same pages with explicit contexts."""

import jinja2
from django.shortcuts import render
from django.template import Context, Template
from flask import Flask, render_template

app = Flask(__name__)
env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=True)


@app.route("/report")
def report():
    rows = [1, 2, 3]
    title = "Monthly report"
    return render_template("report.html", rows=rows, title=title)  # ok: PYTHON-LANG-SEC-118


def dashboard(request):
    context = {"stats": {"users": 10}}
    names = sorted(locals())
    return render(request, "dashboard.html", context)  # ok: PYTHON-LANG-SEC-118


def footer():
    return env.get_template("footer.html").render(year=2024)  # ok: PYTHON-LANG-SEC-118


def legacy_page(request, body):
    ctx = Context({"body": body})  # ok: PYTHON-LANG-SEC-118
    debug_vars = dict(locals())
    print(debug_vars)
    return Template("<p>{{ body }}</p>").render(ctx)  # ok: PYTHON-LANG-SEC-118
