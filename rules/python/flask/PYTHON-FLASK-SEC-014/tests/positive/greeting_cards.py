"""Greeting-card service: the card text is turned into a Jinja2 template."""

import jinja2
from flask import Flask, render_template_string, request

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)


@app.route("/card")
def card():
    # ?to={{ cycler.__init__.__globals__.os.popen('id').read() }}
    return render_template_string("<h1>Dear " + request.args.get("to", "friend") + "</h1>")  # expect: PYTHON-FLASK-SEC-014


@app.route("/card/custom", methods=["POST"])
def custom():
    greeting = request.form["greeting"]
    signature = request.form.get("signature", "")
    template = f"<p>{greeting}</p><footer>{signature}</footer>"
    return render_template_string(template, year=2024)  # expect: PYTHON-FLASK-SEC-014


@app.route("/card/error")
def error():
    code = request.args.get("code", "")
    if code:
        page = "<p>Unknown card %s</p>" % code
    else:
        page = "<p>No card given</p>"
    return render_template_string(page)  # expect: PYTHON-FLASK-SEC-014


@app.route("/card/batch", methods=["POST"])
def batch():
    rendered = []
    for line in request.get_json()["lines"]:
        rendered.append(env.from_string(line).render(name="Ada"))  # expect: PYTHON-FLASK-SEC-014
    return "<br>".join(rendered)


@app.route("/card/raw", methods=["POST"])
def raw():
    tpl = jinja2.Template(request.get_data(as_text=True))  # expect: PYTHON-FLASK-SEC-014
    return tpl.render()


@app.route("/where")
def where_am_i():
    # The URL, query string included, is the client's text.
    return render_template_string("<p>You asked for " + request.url + "</p>")  # expect: PYTHON-FLASK-SEC-014


@app.errorhandler(404)
def not_found(error):
    # /{{config}} in the URL is evaluated.
    return render_template_string("<h1>%s was not found</h1>" % request.url), 404  # expect: PYTHON-FLASK-SEC-014
