"""HTML widgets rendered with a private Jinja2 environment instead of Flask's."""

import jinja2
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, Template

app = Flask(__name__)
# Jinja2 does not escape by default: {{ comment.body }} is inserted as raw HTML.
widget_env = Environment(loader=FileSystemLoader("widgets"))  # expect: PYTHON-FLASK-XSS-001


@app.route("/widget/comment")
def comment_widget():
    return widget_env.get_template("comment.html").render(body=request.args.get("body", ""))


@app.route("/widget/banner")
def banner():
    tpl = Template("<div class='banner'>{{ text }}</div>")  # expect: PYTHON-FLASK-XSS-001
    return tpl.render(text=request.args.get("text", ""))


def email_env():
    return jinja2.Environment(loader=jinja2.PackageLoader("shop", "emails"), autoescape=False)  # expect: PYTHON-FLASK-XSS-001


def legacy_templates():
    # Turns escaping off for every template Flask renders, render_template() included.
    app.jinja_env.autoescape = False  # expect: PYTHON-FLASK-XSS-001
