"""Profile pages that let Jinja2 escape request data, or escape it before marking it safe."""

import html

import bleach
from flask import Flask, current_app, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)
BADGES = {"happy": "<span class='mood'>:)</span>", "sad": "<span class='mood'>:(</span>"}


@app.route("/profile")
def profile():
    # Plain value: autoescaped by the template.
    return render_template("profile.html", bio=request.args.get("bio", ""))


@app.route("/status", methods=["POST"])
def status():
    mood = escape(request.form["mood"])
    badge = Markup(f"<span class='mood'>{mood}</span>")  # ok: PYTHON-FLASK-SEC-015
    return render_template("status.html", badge=badge)


@app.route("/signature", methods=["POST"])
def signature():
    # Markup's own formatting escapes the arguments.
    text = Markup("<b>%s</b>") % request.form.get("signature", "")  # ok: PYTHON-FLASK-SEC-015
    # Engine gap: the arguments of a method called on a call's result are attributed to the inner call.
    more = Markup("<i>{}</i>").format(request.form.get("title", ""))  # ok: PYTHON-FLASK-SEC-015
    return render_template("signature.html", signature=text + more)


@app.route("/bio", methods=["POST"])
def bio():
    cleaned = bleach.clean(request.form["bio"], tags=["b", "i", "a"])
    quoted = html.escape(request.form.get("quote", ""))
    return render_template("bio.html", bio=Markup(cleaned), quote=Markup(quoted))  # ok: PYTHON-FLASK-SEC-015


@app.route("/badge")
def badge():
    # Server-side HTML: a constant table and the configuration.
    icon = BADGES.get("happy")
    footer = current_app.config.get("FOOTER_HTML", "<footer></footer>")
    return render_template("badge.html", icon=Markup(icon), footer=Markup(footer))  # ok: PYTHON-FLASK-SEC-015


@app.route("/motd")
def motd():
    message = request.args.get("motd", "")
    message = "<marquee>Welcome!</marquee>"
    return render_template("motd.html", motd=Markup(message))  # ok: PYTHON-FLASK-SEC-015


@app.route("/mood")
def mood():
    # The request picks a key; the HTML comes from the constant table.
    return render_template("mood.html", icon=Markup(BADGES[request.args.get("mood", "happy")]))  # ok: PYTHON-FLASK-SEC-015
