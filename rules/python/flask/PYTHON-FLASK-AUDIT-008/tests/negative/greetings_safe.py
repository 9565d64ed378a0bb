"""Greeting pages that keep the template constant and pass data as context."""

from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, select_autoescape

app = Flask(__name__)

HELLO = "<h1>Hello {{ name }}!</h1>"
ERROR = "<p>Error: {{ msg }}</p>"
PARTIAL = "<ul>" + "{% for item in items %}<li>{{ item }}</li>{% endfor %}" + "</ul>"


@app.route("/hello")
def hello():
    return render_template_string(HELLO, name=request.args.get("name", "guest"))  # ok: PYTHON-FLASK-AUDIT-008


@app.route("/error")
def error_page():
    return render_template_string(ERROR, msg=request.args.get("msg", ""))  # ok: PYTHON-FLASK-AUDIT-008


@app.route("/inline")
def inline():
    return render_template_string("<p>{{ value }}</p>", value=request.args.get("v"))  # ok: PYTHON-FLASK-AUDIT-008


@app.route("/items")
def items():
    return render_template_string(source=PARTIAL, items=["a", "b"])  # ok: PYTHON-FLASK-AUDIT-008


@app.route("/profile")
def profile():
    return render_template("profile.html", user=request.args.get("user"))  # ok: PYTHON-FLASK-AUDIT-008


def render_file_template(name, **context):
    env = Environment(autoescape=select_autoescape())
    return env.get_template(name).render(**context)  # ok: PYTHON-FLASK-AUDIT-008
