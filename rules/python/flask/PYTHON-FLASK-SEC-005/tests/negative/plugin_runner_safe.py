"""Automation without executing request data: named actions, parsed data, trusted code only."""

import ast
import json
import os
import re

from flask import Flask, current_app, jsonify, request

app = Flask(__name__)

ACTIONS = {
    "upper": str.upper,
    "lower": str.lower,
    "strip": str.strip,
}
BUILTIN_HOOKS = {"noop": "def hook(event):\n    return event\n"}


@app.route("/scripts/run", methods=["POST"])
def run_action():
    action = ACTIONS[request.form["action"]]
    return jsonify(result=action(request.form.get("text", "")))


@app.route("/scripts/hook", methods=["POST"])
def run_hook():
    # Hook code is chosen by the request but comes from a constant table.
    source = BUILTIN_HOOKS.get("noop")
    code = compile(source, "<hook>", "exec")  # ok: PYTHON-FLASK-SEC-005
    namespace = {}
    exec(code, namespace)  # ok: PYTHON-FLASK-SEC-005
    return jsonify(result=namespace["hook"](request.get_json().get("event")))


@app.route("/scripts/config")
def run_configured():
    # Operator-provided code from configuration and the environment, not from the client.
    startup = current_app.config.get("STARTUP_SNIPPET", "pass")
    exec(startup, {})  # ok: PYTHON-FLASK-SEC-005
    extra = os.environ.get("EXTRA_SNIPPET", "pass")
    exec(compile(extra, "<env>", "exec"), {})  # ok: PYTHON-FLASK-SEC-005
    return "ok"


@app.route("/scripts/repeat")
def repeat():
    times = int(request.args.get("n", "1"))
    namespace = {"total": 0}
    exec(f"for _ in range({times}):\n    total += 1", namespace)  # ok: PYTHON-FLASK-SEC-005
    return jsonify(total=namespace["total"])


@app.route("/scripts/reset")
def reset():
    snippet = request.args.get("snippet", "pass")
    snippet = "counter = 0"
    exec(snippet, {})  # ok: PYTHON-FLASK-SEC-005
    return "ok"


@app.route("/scripts/values", methods=["POST"])
def values():
    parsed = ast.literal_eval(request.form["values"])
    # re.compile() compiles a regular expression, not Python code.
    pattern = re.compile(re.escape(request.form.get("key", "")))  # ok: PYTHON-FLASK-SEC-005
    return jsonify(parsed=json.dumps(parsed), matched=bool(pattern.search(json.dumps(parsed))))
