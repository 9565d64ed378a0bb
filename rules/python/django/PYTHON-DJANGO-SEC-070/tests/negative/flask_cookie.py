"""A Flask view sets a cookie: the Flask cookie rule reports it, not the Django one."""

from flask import Flask, make_response

app = Flask(__name__)


@app.get("/welcome")
def welcome():
    resp = make_response("hi")
    # ok: PYTHON-DJANGO-SEC-070
    resp.set_cookie("seen", "1")
    # ok: PYTHON-DJANGO-SEC-070
    resp.set_cookie("ab_bucket", "B", secure=False, httponly=False)
    return resp
