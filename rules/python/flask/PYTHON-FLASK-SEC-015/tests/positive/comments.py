"""Comment widgets: helpers wrap request data in flask.Markup / markupsafe.Markup."""

import flask
import markupsafe

bp = flask.Blueprint("comments", __name__)


def comment_body():
    """Returns the posted comment: tainted for callers."""
    return flask.request.form.get("comment", "")


def as_html(fragment):
    """Reported here when a caller passes request data."""
    return markupsafe.Markup(fragment)  # expect: PYTHON-FLASK-SEC-015


@bp.route("/comments", methods=["POST"])
def post_comment():
    html = markupsafe.Markup("<p>{}</p>".format(comment_body()))  # expect: PYTHON-FLASK-SEC-015
    return flask.render_template("comment.html", html=html)


@bp.route("/comments/preview")
def preview():
    return flask.render_template("comment.html", html=as_html(flask.request.args["draft"]))
