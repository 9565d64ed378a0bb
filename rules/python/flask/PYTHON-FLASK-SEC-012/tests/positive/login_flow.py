"""Login and logout flow that honours ?next= and the Referer header."""

from flask import Flask, make_response, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["username"]
    # /login?next=https://evil.example/fake-login
    return redirect(request.args.get("next", "/"))  # expect: PYTHON-FLASK-SEC-012


@app.route("/logout")
def logout():
    session.clear()
    target = request.referrer
    if not target:
        target = url_for("index")
    return redirect(target)  # expect: PYTHON-FLASK-SEC-012


@app.route("/go")
def go():
    # "/" + "/evil.example" is the protocol-relative URL //evil.example.
    return redirect("/" + request.args["path"])  # expect: PYTHON-FLASK-SEC-012


@app.route("/sso/return")
def sso_return():
    tenant = request.args.get("tenant", "www")
    return redirect(f"https://{tenant}.example.com/welcome", code=303)  # expect: PYTHON-FLASK-SEC-012


@app.route("/continue", methods=["POST"])
def continue_flow():
    steps = request.get_json()["steps"]
    destination = "/"
    for step in steps:
        if step.get("done"):
            destination = step["return_to"]
    return redirect(location=destination)  # expect: PYTHON-FLASK-SEC-012


@app.route("/legacy")
def legacy():
    resp = make_response("", 302)
    # Engine gap: subscript assignments (headers.__setitem__) are not yet checked as taint sinks.
    resp.headers["Location"] = "%s/home" % request.args.get("site", "")  # expect: PYTHON-FLASK-SEC-012
    return resp
