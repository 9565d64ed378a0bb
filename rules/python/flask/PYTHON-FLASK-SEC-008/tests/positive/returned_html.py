"""Views that return HTML built from request data: Flask sends a returned string as a text/html body."""

from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    return "<h1>Hello " + name + "</h1>"  # expect: PYTHON-FLASK-SEC-008


@app.route("/search")
def search():
    query = request.args.get("q", "")
    page = f"<p>Results for {query}</p>"
    return page, 200  # expect: PYTHON-FLASK-SEC-008


@app.get("/user/<username>")
def profile(username):
    return "<div class='user'>%s</div>" % username  # expect: PYTHON-FLASK-SEC-008
