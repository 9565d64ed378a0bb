"""Private Jinja2 environments with autoescaping on, and non-HTML environments."""

import jinja2
from flask import Flask, render_template, request
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from jinja2.nativetypes import NativeEnvironment
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
widget_env = Environment(loader=FileSystemLoader("widgets"), autoescape=select_autoescape(["html", "xml"]))  # ok: PYTHON-FLASK-XSS-001
email_env = jinja2.Environment(loader=jinja2.PackageLoader("shop", "emails"), autoescape=True)  # ok: PYTHON-FLASK-XSS-001
snippet_env = SandboxedEnvironment(autoescape=True)  # ok: PYTHON-FLASK-XSS-001
# Renders Python values (numbers, lists) for configuration, not HTML.
config_env = NativeEnvironment()  # ok: PYTHON-FLASK-XSS-001
ENV_OPTIONS = {"trim_blocks": True, "autoescape": True}
shared_env = Environment(**ENV_OPTIONS)  # ok: PYTHON-FLASK-XSS-001


@app.route("/widget/comment")
def comment_widget():
    return render_template("comment.html", body=request.args.get("body", ""))  # ok: PYTHON-FLASK-XSS-001


@app.route("/widget/banner")
def banner():
    tpl = Template("<div class='banner'>{{ text }}</div>", autoescape=True)  # ok: PYTHON-FLASK-XSS-001
    return tpl.render(text=request.args.get("text", ""))


def strict_templates():
    app.jinja_env.autoescape = True  # ok: PYTHON-FLASK-XSS-001
    app.jinja_env.trim_blocks = True  # ok: PYTHON-FLASK-XSS-001
