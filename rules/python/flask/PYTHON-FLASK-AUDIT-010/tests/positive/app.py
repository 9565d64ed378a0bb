"""Shop front end with Flask-WTF forms."""

from flask import Flask, redirect, request
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import IntegerField, StringField

app = Flask(__name__)
app.config["SECRET_KEY"] = "set-from-env-in-production"
# Turned off while debugging an AJAX form and never turned back on.
app.config["WTF_CSRF_ENABLED"] = False  # expect: PYTHON-FLASK-AUDIT-010
csrf = CSRFProtect(app)


class CheckoutForm(FlaskForm):
    address = StringField("Address")
    quantity = IntegerField("Quantity")


@app.route("/checkout", methods=["POST"])
def checkout():
    form = CheckoutForm(meta={"csrf": False})  # expect: PYTHON-FLASK-AUDIT-010
    if form.validate_on_submit():
        return redirect("/thanks")
    return redirect("/cart")


@app.route("/api/cart", methods=["POST"])
@csrf.exempt  # expect: PYTHON-FLASK-AUDIT-010
def update_cart():
    return {"items": request.json["items"]}


def register_legacy(view):
    return csrf.exempt(view)  # expect: PYTHON-FLASK-AUDIT-010
