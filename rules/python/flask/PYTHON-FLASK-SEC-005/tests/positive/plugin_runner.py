"""An "automation scripts" feature: users paste Python that the server runs."""

import textwrap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/scripts/run", methods=["POST"])
def run_script():
    namespace = {}
    exec(request.form["code"], namespace)  # expect: PYTHON-FLASK-SEC-005
    return jsonify(result=repr(namespace.get("result")))


@app.route("/scripts/hook", methods=["POST"])
def run_hook():
    body = request.get_json()
    source = textwrap.dedent(body.get("source", ""))
    wrapped = "def hook(event):\n" + textwrap.indent(source, "    ")
    code = compile(wrapped, "<hook>", "exec")  # expect: PYTHON-FLASK-SEC-005
    namespace = {}
    exec(code, namespace)  # expect: PYTHON-FLASK-SEC-005
    return jsonify(result=namespace["hook"](body.get("event")))


@app.route("/scripts/batch", methods=["POST"])
def run_batch():
    lines = []
    for step in request.get_json()["steps"]:
        lines.append("{} = {}".format(step["name"], step["value"]))
    program = "\n".join(lines)
    namespace = {}
    # Engine gap: list.append() does not yet carry taint into the list.
    exec(program, namespace)  # expect: PYTHON-FLASK-SEC-005
    return jsonify(sorted(namespace))


@app.route("/scripts/steps", methods=["POST"])
def run_steps():
    namespace = {}
    for statement in request.form.getlist("statement"):
        exec(statement, namespace)  # expect: PYTHON-FLASK-SEC-005
    return jsonify(sorted(namespace))
