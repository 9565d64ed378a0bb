"""Link shortener preview pages: helpers pass request data to werkzeug's redirect()."""

import flask
from werkzeug.utils import redirect as wz_redirect

bp = flask.Blueprint("links", __name__)


def wanted_url():
    """Returns the cookie with the last visited URL: tainted for callers."""
    return flask.request.cookies.get("last_url", "/")


def bounce(url):
    """Reported here when a caller passes request data."""
    return wz_redirect(url, 302)  # expect: PYTHON-FLASK-SEC-012


@bp.route("/r/<code>")
def follow(code):
    return bounce(flask.request.view_args["code"])


@bp.route("/resume")
def resume():
    return flask.redirect(wanted_url())  # expect: PYTHON-FLASK-SEC-012


@bp.route("/out")
def out():
    return flask.redirect("https://%s/" % flask.request.headers.get("X-Forwarded-Host", "example.com"))  # expect: PYTHON-FLASK-SEC-012
