"""Profile pages that pass pre-built HTML to templates."""

import markupsafe
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/profile/<username>")
def profile(username):
    # The bio is stored as entered by the user.
    bio = Markup(load_bio(username))  # expect: PYTHON-FLASK-XSS-002
    return render_template("profile.html", bio=bio)


@app.route("/search")
def search():
    query = request.args.get("q", "")
    heading = Markup(f"Results for <b>{query}</b>")  # expect: PYTHON-FLASK-XSS-002
    return render_template("search.html", heading=heading)


@app.template_filter("linkify")
def linkify(text):
    return markupsafe.Markup("<a href='" + text + "'>" + text + "</a>")  # expect: PYTHON-FLASK-XSS-002


def load_bio(username):
    return "<p>" + username + "</p>"
