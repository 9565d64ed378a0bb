"""A Chalice guestbook that renders HTML pages itself."""

from chalice import Chalice, Response

app = Chalice(app_name="guestbook")

PAGE = "<html><body>{}</body></html>"


def current_name():
    return app.current_request.query_params.get("name", "guest")


@app.route("/hello")
def hello():
    # A helper returns request data; it is put into the page.
    greeting = "<h1>Hello, " + current_name() + "!</h1>"
    return Response(body=PAGE.format(greeting), headers={"Content-Type": "text/html"})  # expect: PYTHON-LAMBDA-SEC-020


@app.route("/search")
def search():
    params = app.current_request.query_params
    rows = ""
    for term in params.get("q", "").split(","):
        rows += f"<li>No results for {term}</li>"
    return Response(  # expect: PYTHON-LAMBDA-SEC-020
        body=f"<ul>{rows}</ul>",
        status_code=404,
        headers={"Content-Type": "text/html; charset=utf-8"},
    )


@app.route("/sign", methods=["POST"])
def sign():
    entry = app.current_request.json_body
    if entry.get("signature"):
        footer = "<p>-- %s</p>" % entry["signature"]
    else:
        footer = ""
    return Response("<blockquote>" + entry["message"] + "</blockquote>" + footer, headers={"content-type": "text/html"})  # expect: PYTHON-LAMBDA-SEC-020
