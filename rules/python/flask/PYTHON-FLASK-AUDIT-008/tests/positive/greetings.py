"""Greeting pages and user-defined e-mail templates."""

import flask
from flask import Flask, render_template_string, request
from flask.templating import stream_template_string

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # The name becomes part of the template source: {{ config }} or worse gets evaluated.
    return render_template_string(f"<h1>Hello {name}!</h1>")  # expect: PYTHON-FLASK-AUDIT-008


@app.route("/error")
def error_page():
    template = "<p>Error: %s</p>" % request.args.get("msg", "")
    return render_template_string(template)  # expect: PYTHON-FLASK-AUDIT-008


@app.route("/preview", methods=["POST"])
def preview():
    return flask.render_template_string(request.form["template"], user=request.form.get("user"))  # expect: PYTHON-FLASK-AUDIT-008


@app.route("/report")
def report():
    header = "<h2>" + request.args.get("title", "Report") + "</h2>"
    return app.response_class(stream_template_string(header + "{% for r in rows %}{{ r }}{% endfor %}", rows=[]))  # expect: PYTHON-FLASK-AUDIT-008
