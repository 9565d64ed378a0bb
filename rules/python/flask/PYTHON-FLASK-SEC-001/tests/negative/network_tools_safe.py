"""The diagnostics panel done safely: quoted, converted, constant or server-side values only."""

import os
import shlex
import subprocess

from flask import Flask, current_app, jsonify, request

app = Flask(__name__)

ALLOWED_TOOLS = {"uptime": "uptime", "disk": "df -h", "memory": "free -m"}


@app.route("/tools/ping")
def ping():
    host = shlex.quote(request.args.get("host", "localhost"))
    code = os.system("ping -c 1 " + host)  # ok: PYTHON-FLASK-SEC-001
    return jsonify(exit_code=code)


@app.route("/tools/traceroute", methods=["POST"])
def traceroute():
    # int() keeps only a number; the target is quoted.
    max_hops = int(request.form.get("hops", "15"))
    target = shlex.quote(request.form["target"])
    with os.popen(f"traceroute -m {max_hops} {target}") as pipe:  # ok: PYTHON-FLASK-SEC-001
        return jsonify(output=pipe.read())


@app.route("/tools/dig")
def dig():
    line = shlex.join(["dig", "+short", request.args.get("type", "A"), request.args["name"]])
    return jsonify(answer=os.popen(line).read())  # ok: PYTHON-FLASK-SEC-001


@app.route("/tools/status")
def status():
    # Chosen from the request, but reassigned to a constant before use.
    command = request.args.get("tool", "uptime")
    command = "uptime"
    return jsonify(output=os.popen(command).read())  # ok: PYTHON-FLASK-SEC-001


@app.route("/tools/report")
def report():
    # Server-side values fetched with .get(): configuration, environment, a constant dict.
    log_dir = current_app.config.get("LOG_DIR", "/var/log/app")
    os.system("du -sh " + log_dir)  # ok: PYTHON-FLASK-SEC-001
    rotate = os.environ.get("LOGROTATE_CMD", "logrotate /etc/logrotate.conf")
    os.system(rotate)  # ok: PYTHON-FLASK-SEC-001
    tool = ALLOWED_TOOLS.get("disk")
    return jsonify(disk=os.popen(tool).read())  # ok: PYTHON-FLASK-SEC-001


@app.route("/tools/batch", methods=["POST"])
def batch_ping():
    results = {}
    for host in request.get_json()["hosts"]:
        # No shell: the host is one argument; that is not this rule's sink.
        results[host] = subprocess.run(["ping", "-c", "1", "--", host], check=False).returncode
        quoted = shlex.quote(host)
        results[host] = os.system(f"ping -c 1 -W 1 {quoted} > /dev/null")  # ok: PYTHON-FLASK-SEC-001
    return jsonify(results)


def run_whois(domain):
    return os.popen("whois " + domain).read()  # ok: PYTHON-FLASK-SEC-001


@app.route("/tools/whois")
def whois():
    return jsonify(record=run_whois(shlex.quote(request.values.get("domain", ""))))


@app.route("/tools/port")
def port_check():
    port = int(request.args["port"])
    os.system("nc -z localhost %d" % port)  # ok: PYTHON-FLASK-SEC-001
    return jsonify(checked=port)
