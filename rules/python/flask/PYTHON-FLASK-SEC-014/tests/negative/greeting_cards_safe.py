"""Greeting cards with constant templates: request data travels only as context variables."""

import os

import jinja2
from flask import Flask, current_app, render_template, render_template_string, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)
sandbox = SandboxedEnvironment(autoescape=True)
CARD = "<h1>Dear {{ to }}</h1>"
LAYOUTS = {"plain": "<p>{{ text }}</p>", "fancy": "<p class='fancy'>{{ text }}</p>"}


@app.route("/card")
def card():
    return render_template_string(CARD, to=request.args.get("to", "friend"))  # ok: PYTHON-FLASK-SEC-014


@app.route("/card/custom", methods=["POST"])
def custom():
    return render_template("card.html", greeting=request.form["greeting"])


@app.route("/card/layout")
def layout():
    # Layout source comes from a constant table, the configuration or the environment.
    source = LAYOUTS.get("fancy")
    footer = current_app.config.get("CARD_FOOTER", "<footer>{{ year }}</footer>")
    banner = os.environ.get("CARD_BANNER", "")
    return render_template_string(source + footer + banner, text=request.args.get("text", ""), year=2024)  # ok: PYTHON-FLASK-SEC-014


@app.route("/card/batch", methods=["POST"])
def batch():
    rendered = []
    for line in request.get_json()["lines"]:
        rendered.append(env.from_string("<li>{{ line }}</li>").render(line=line))  # ok: PYTHON-FLASK-SEC-014
    return "".join(rendered)


@app.route("/card/sandboxed", methods=["POST"])
def sandboxed():
    # User-authored templates rendered in the sandbox.
    return sandbox.from_string(request.form["template"]).render(name="Ada")  # ok: PYTHON-FLASK-SEC-014


@app.route("/card/default")
def default():
    greeting = request.args.get("greeting", "Hello")
    greeting = "Hello {{ name }}"
    return render_template_string(greeting, name=request.args.get("name", ""))  # ok: PYTHON-FLASK-SEC-014


@app.route("/card/<layout>")
def card_layout(layout):
    # The request picks a layout key; the template source comes from the constant table.
    return render_template_string(LAYOUTS[request.view_args["layout"]], text=request.args.get("text", ""))  # ok: PYTHON-FLASK-SEC-014


@app.route("/card/plain")
def plain():
    template = jinja2.Template(CARD, autoescape=True)  # ok: PYTHON-FLASK-SEC-014
    compiled = current_app.jinja_env.from_string(CARD)  # ok: PYTHON-FLASK-SEC-014
    return template.render(to=request.args.get("to", "")) + compiled.render(to=request.args.get("cc", ""))


@app.errorhandler(404)
def not_found(error):
    return render_template_string("<h1>{{ url }} was not found</h1>", url=request.url), 404  # ok: PYTHON-FLASK-SEC-014
