"""Newsletter previews: helpers hand request data to the template engine."""

import flask
from flask import current_app
from mako.template import Template as MakoTemplate

bp = flask.Blueprint("newsletter", __name__)


def subject_line():
    """Returns a header: tainted for callers."""
    return flask.request.headers.get("X-Subject", "Hello")


def render_snippet(snippet, **context):
    """Reported here when a caller passes request data."""
    return flask.render_template_string(snippet, **context)  # expect: PYTHON-FLASK-SEC-014


@bp.route("/newsletter/preview", methods=["POST"])
def preview():
    return render_snippet(flask.request.form["body"], user="Ada")


@bp.route("/newsletter/subject")
def subject():
    template = current_app.jinja_env.from_string("<title>" + subject_line() + "</title>")  # expect: PYTHON-FLASK-SEC-014
    return template.render()


@bp.route("/newsletter/legacy", methods=["POST"])
def legacy():
    return MakoTemplate(text=flask.request.values.get("mako", "")).render()  # expect: PYTHON-FLASK-SEC-014
