"""Links built relative to the site, or from a configured base URL."""

from urllib.parse import urljoin

from flask import current_app, redirect, url_for

from .mail import send_mail
from .tokens import make_reset_token


def back_to_dashboard():
    return redirect(url_for("dashboard.index"))  # ok: PYTHON-FLASK-AUDIT-005


def send_password_reset(user):
    path = url_for("auth.reset_password", token=make_reset_token(user))  # ok: PYTHON-FLASK-AUDIT-005
    link = urljoin(current_app.config["PUBLIC_BASE_URL"], path)  # ok: PYTHON-FLASK-AUDIT-005
    send_mail(user.email, "Reset your password", link)


def profile_link(user):
    return url_for("users.profile", user_id=user.id, _external=False)  # ok: PYTHON-FLASK-AUDIT-005


def static_asset(name):
    return url_for("static", filename=name)  # ok: PYTHON-FLASK-AUDIT-005


class Router:
    def url_for(self, endpoint, **values):
        return "/" + endpoint.replace(".", "/")


def local_router_link():
    return Router().url_for("reports.daily", _external=True)  # ok: PYTHON-FLASK-AUDIT-005
