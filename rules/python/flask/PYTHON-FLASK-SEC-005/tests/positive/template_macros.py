"""Macro expansion with helpers: request data reaches exec() through a getter and a runner function."""

import flask

app = flask.Flask(__name__)


def macro_body():
    """Returns the cookie that stores the user's macro: tainted for callers."""
    return flask.request.cookies.get("macro", "pass")


def run_in_sandbox(code_text):
    """Reported here when called with request data."""
    scope = {"__builtins__": {"len": len, "range": range}}
    exec(code_text, scope)  # expect: PYTHON-FLASK-SEC-005
    return scope


@app.route("/macro")
def macro():
    if flask.request.args.get("debug"):
        text = "print(%r)\n" % flask.request.args.get("debug") + macro_body()
    else:
        text = macro_body()
    exec(text, {})  # expect: PYTHON-FLASK-SEC-005
    return "ok"


@app.route("/macro/preview", methods=["POST"])
def preview():
    return flask.jsonify(sorted(run_in_sandbox(flask.request.values["code"])))
