"""Shop front end with CSRF protection left on."""

import os

from flask import Flask, redirect
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import StringField

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = True  # ok: PYTHON-FLASK-AUDIT-010
app.config["WTF_CSRF_TIME_LIMIT"] = 3600  # ok: PYTHON-FLASK-AUDIT-010
app.config.update(WTF_CSRF_SSL_STRICT=True, SECRET_KEY=os.environ["SECRET_KEY"])  # ok: PYTHON-FLASK-AUDIT-010
app.config.from_mapping({"WTF_CSRF_ENABLED": True})  # ok: PYTHON-FLASK-AUDIT-010
csrf = CSRFProtect(app)


class CheckoutForm(FlaskForm):
    address = StringField("Address")


@app.route("/checkout", methods=["POST"])
def checkout():
    form = CheckoutForm(meta={"csrf": True})  # ok: PYTHON-FLASK-AUDIT-010
    if form.validate_on_submit():
        return redirect("/thanks")
    return redirect("/cart")


@app.route("/profile", methods=["POST"])
def profile():
    form = CheckoutForm()  # ok: PYTHON-FLASK-AUDIT-010
    csrf.protect()  # ok: PYTHON-FLASK-AUDIT-010
    return redirect("/profile") if form.validate() else redirect("/")


def exempt_from_rate_limit(limiter, view):
    # Another extension's exempt(): rate limiting, not CSRF.
    return limiter.exempt(view)  # ok: PYTHON-FLASK-AUDIT-010
