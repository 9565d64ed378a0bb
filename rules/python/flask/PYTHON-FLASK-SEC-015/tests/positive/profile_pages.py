"""Profile pages: request data is marked as safe HTML before it reaches the templates."""

from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/profile")
def profile():
    # Markup() tells Jinja2 not to escape: ?bio=<img src=x onerror=alert(document.cookie)>
    return render_template("profile.html", bio=Markup(request.args.get("bio", "")))  # expect: PYTHON-FLASK-SEC-015


@app.route("/status", methods=["POST"])
def status():
    mood = request.form["mood"]
    badge = Markup(f"<span class='mood'>{mood}</span>")  # expect: PYTHON-FLASK-SEC-015
    return render_template("status.html", badge=badge)


@app.route("/signature", methods=["POST"])
def signature():
    text = request.form.get("signature", "")
    if request.form.get("bold"):
        text = "<b>" + text + "</b>"
    return render_template("signature.html", signature=Markup(text))  # expect: PYTHON-FLASK-SEC-015


@app.route("/links", methods=["POST"])
def links():
    items = []
    for link in request.get_json()["links"]:
        items.append(Markup('<a href="%s">%s</a>' % (link["url"], link["title"])))  # expect: PYTHON-FLASK-SEC-015
    return render_template("links.html", items=items)
