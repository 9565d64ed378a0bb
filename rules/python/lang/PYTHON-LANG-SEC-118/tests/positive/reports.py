"""Report pages that hand every variable in scope to the template."""

import os

import jinja2
from django.shortcuts import render
from django.template import Context, Template
from flask import Flask, render_template

app = Flask(__name__)
env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=True)
DB_PASSWORD = os.environ["DB_PASSWORD"]


@app.route("/report")
def report():
    rows = [1, 2, 3]
    title = "Monthly report"
    return render_template("report.html", **locals())  # expect: PYTHON-LANG-SEC-118


def dashboard(request):
    stats = {"users": 10}
    return render(request, "dashboard.html", locals())  # expect: PYTHON-LANG-SEC-118


def footer():
    # Module globals include DB_PASSWORD and the os module.
    return env.get_template("footer.html").render(globals())  # expect: PYTHON-LANG-SEC-118


def legacy_page(request, body):
    ctx = Context(locals())
    return Template("<p>{{ body }}</p>").render(ctx)  # expect: PYTHON-LANG-SEC-118
