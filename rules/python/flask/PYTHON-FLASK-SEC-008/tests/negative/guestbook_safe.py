"""The guestbook with escaping, templates, JSON and non-HTML responses."""

import html

import bleach
from flask import Flask, Response, current_app, jsonify, make_response, render_template, request
from markupsafe import escape

app = Flask(__name__)
GREETINGS = {"en": "Hello", "fr": "Bonjour"}


@app.route("/hello")
def hello():
    return make_response("<h1>Hello, " + escape(request.args.get("name", "guest")) + "!</h1>")  # ok: PYTHON-FLASK-SEC-008


@app.route("/preview", methods=["POST"])
def preview():
    author = html.escape(request.form["author"])
    body = bleach.clean(request.form.get("body", ""), tags=["b", "i", "a"])
    resp = make_response(f"<article><h2>{author}</h2><p>{body}</p></article>", 200)  # ok: PYTHON-FLASK-SEC-008
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/search")
def search():
    # Autoescaped template.
    page = render_template("search.html", query=request.args.get("q", ""))
    return make_response(page)  # ok: PYTHON-FLASK-SEC-008


@app.route("/entries", methods=["POST"])
def entries():
    texts = [entry["text"] for entry in request.get_json()["entries"]]
    resp = make_response(jsonify(entries=texts))  # ok: PYTHON-FLASK-SEC-008
    plain = Response("\n".join(texts), mimetype="text/plain")  # ok: PYTHON-FLASK-SEC-008
    return resp if request.accept_mimetypes.best == "application/json" else plain


@app.route("/count")
def count():
    total = int(request.args.get("n", "0"))
    return Response(f"<p>{total} entries</p>")  # ok: PYTHON-FLASK-SEC-008


@app.route("/banner")
def banner():
    # Server-side values fetched with .get(): configuration and a constant table.
    title = current_app.config.get("SITE_TITLE", "Guestbook")
    greeting = GREETINGS.get("fr")
    return make_response("<h1>" + greeting + " / " + title + "</h1>")  # ok: PYTHON-FLASK-SEC-008


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    name = "guest"
    return Response("<p>Welcome, " + name + "</p>", content_type="text/html")  # ok: PYTHON-FLASK-SEC-008
