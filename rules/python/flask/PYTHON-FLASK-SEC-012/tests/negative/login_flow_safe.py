"""Redirects whose destination the application fixes: endpoints, same-site paths, fixed hosts."""

import os
from urllib.parse import urlsplit

from flask import Flask, current_app, redirect, request, session, url_for

app = Flask(__name__)
PARTNERS = {"docs": "https://docs.example.com/", "status": "https://status.example.com/"}


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["username"]
    # Endpoint names from the request, resolved by url_for() into this application's URLs.
    return redirect(url_for("profile", tab=request.args.get("tab", "overview")))  # ok: PYTHON-FLASK-SEC-012


@app.route("/users/<name>")
def user_alias(name):
    # The constant prefix keeps the browser on this site.
    return redirect("/profile/" + request.view_args["name"])  # ok: PYTHON-FLASK-SEC-012


@app.route("/search")
def search():
    return redirect(f"https://search.example.com/?q={request.args.get('q', '')}")  # ok: PYTHON-FLASK-SEC-012


@app.route("/page")
def page():
    number = int(request.args.get("n", "1"))
    return redirect("/" + str(number))  # ok: PYTHON-FLASK-SEC-012


@app.route("/partner")
def partner():
    # Server-side destinations: a constant table, configuration, the environment.
    docs = PARTNERS.get("docs")
    home = current_app.config.get("HOME_URL", "/")
    status = os.environ.get("STATUS_URL", "https://status.example.com/")
    if request.args.get("to") == "docs":
        return redirect(docs)  # ok: PYTHON-FLASK-SEC-012
    if request.args.get("to") == "status":
        return redirect(status)  # ok: PYTHON-FLASK-SEC-012
    return redirect(home)  # ok: PYTHON-FLASK-SEC-012


@app.route("/back")
def back():
    target = request.args.get("next", "/")
    target = url_for("index")
    return redirect(target)  # ok: PYTHON-FLASK-SEC-012


@app.route("/checked")
def checked():
    # A common safe idiom: anything with a host is replaced by a local endpoint. The taint engine does not
    # read the condition, so the request value still reaches redirect() on the other path.
    next_page = request.args.get("next")
    if not next_page or urlsplit(next_page).netloc != "":
        next_page = url_for("index")
    return redirect(next_page)  # todook: PYTHON-FLASK-SEC-012


@app.route("/dashboard-link")
def dashboard_link():
    destination = request.args.get("to", "/")
    destination = "https://dashboard.example.com"
    return redirect(destination, code=301)  # ok: PYTHON-FLASK-SEC-012


@app.route("/settings", methods=["GET", "POST"])
def settings_form():
    if request.method == "POST":
        session["theme"] = request.form.get("theme", "light")
        # Post/redirect/get: back to the URL the browser just requested, on the same site.
        return redirect(request.url)  # ok: PYTHON-FLASK-SEC-012
    return "settings"
