"""Error pages built by helpers that echo request data."""

import flask
from werkzeug.wrappers import Response as WResponse

app = flask.Flask(__name__)


def requested_page():
    """Returns the Referer header: tainted for callers."""
    return flask.request.referrer or "/"


def html_error(message, status):
    """Reported here when a caller passes request data."""
    return flask.make_response(f"<div class='error'>{message}</div>", status)  # expect: PYTHON-FLASK-SEC-008


@app.errorhandler(404)
def not_found(error):
    return WResponse("<p>No page at " + flask.request.path + ". Back to <a href='" + requested_page() + "'>previous page</a></p>", status=404)  # expect: PYTHON-FLASK-SEC-008


@app.route("/items/<item_id>")
def item(item_id):
    item_id = flask.request.view_args["item_id"]
    return html_error("Unknown item " + item_id, 404)


@app.route("/lang")
def lang():
    choice = flask.request.cookies.get("lang", "en")
    return html_error("Unsupported language: %s" % choice, 400)
