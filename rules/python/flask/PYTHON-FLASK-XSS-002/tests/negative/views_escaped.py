"""Markup built from constants, or with the values escaped by Markup itself."""

from flask import Flask, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)
DIVIDER = Markup("<hr class='divider'>")  # ok: PYTHON-FLASK-XSS-002
ICON_HTML = '<svg class="icon"><use href="#star"/></svg>'


@app.route("/search")
def search():
    query = request.args.get("q", "")
    # Markup.format() escapes its arguments.
    heading = Markup("Results for <b>{}</b>").format(query)  # ok: PYTHON-FLASK-XSS-002
    return render_template("search.html", heading=heading, divider=DIVIDER)


@app.route("/profile/<username>")
def profile(username):
    # The % operator on Markup escapes its operands too.
    bio = Markup("<p>%s</p>") % username  # ok: PYTHON-FLASK-XSS-002
    return render_template("profile.html", bio=bio)


@app.template_filter("plain")
def plain(text):
    return escape(text)  # ok: PYTHON-FLASK-XSS-002


@app.template_filter("escaped")
def escaped(text):
    return Markup.escape(text)  # ok: PYTHON-FLASK-XSS-002


@app.template_global()
def star_icon():
    return Markup(ICON_HTML)  # ok: PYTHON-FLASK-XSS-002
