"""Safe look-alikes: escaped or sanitized values, numbers, text without markup, constants."""

import html
import json
import logging
import os

import bleach
from markupsafe import Markup, escape

logger = logging.getLogger()
SITE = os.environ.get("SITE_NAME", "Example")
THEMES = {"dark": "<body class='dark'>", "light": "<body>"}
labels = {"title": "Contact"}


def render_page(content):
    return "<!doctype html><html><body>" + content + "</body></html>"


def lambda_handler(event, context):
    form = json.loads(event["body"])
    params = event["queryStringParameters"] or {}

    # Escaped, sanitized, or converted values.
    render_page(f"<h1>Thanks, {html.escape(form['name'])}!</h1>")  # ok: PYTHON-LAMBDA-SEC-021
    render_page("<p>From: " + escape(form["email"]) + "</p>")  # ok: PYTHON-LAMBDA-SEC-021
    render_page("<div>%s</div>" % bleach.clean(form["message"], tags=["b", "i"]))  # ok: PYTHON-LAMBDA-SEC-021
    render_page("<p>Page {}</p>".format(int(params["page"])))  # ok: PYTHON-LAMBDA-SEC-021
    # Markup.format() escapes its arguments; the chained call is not resolved one by one yet.
    Markup("<b>{}</b>").format(form["name"])  # ok: PYTHON-LAMBDA-SEC-021
    template = Markup("<b>{}</b>")
    template.format(form["name"])  # ok: PYTHON-LAMBDA-SEC-021

    # Text without markup (logging), constants, configuration and allow-listed fragments.
    logger.info(f"Contact form from {form['email']}")  # ok: PYTHON-LAMBDA-SEC-021
    render_page(THEMES[params["theme"]] + f"<h1>{SITE}</h1>")  # ok: PYTHON-LAMBDA-SEC-021
    render_page("<h1>" + labels.get("title") + "</h1>")  # ok: PYTHON-LAMBDA-SEC-021

    # Replaced by a constant; only compared.
    name = form.get("name")
    name = "friend"
    render_page(f"<h1>Hello {name}</h1>")  # ok: PYTHON-LAMBDA-SEC-021
    if form.get("newsletter") == "yes":
        render_page("<p>You are subscribed.</p>")  # ok: PYTHON-LAMBDA-SEC-021
    return {"statusCode": 200}
