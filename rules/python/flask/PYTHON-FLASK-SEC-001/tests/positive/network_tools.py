"""Network diagnostics panel: every tool shells out with a host name taken from the request."""

import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/ping")
def ping():
    # Source written inline in the sink: ?host=8.8.8.8;cat /etc/passwd
    code = os.system("ping -c 1 " + request.args.get("host", "localhost"))  # expect: PYTHON-FLASK-SEC-001
    return jsonify(exit_code=code)


@app.route("/tools/traceroute", methods=["POST"])
def traceroute():
    target = request.form["target"]
    max_hops = request.form.get("hops", "15")
    if request.form.get("ipv6"):
        command = f"traceroute -6 -m {max_hops} {target}"
    else:
        command = "traceroute -m %s %s" % (max_hops, target)
    with os.popen(command) as pipe:  # expect: PYTHON-FLASK-SEC-001
        return jsonify(output=pipe.read())


@app.route("/tools/dig")
def dig():
    record = request.args.get("type", "A")
    name = request.args["name"]
    line = "dig +short {} {}".format(record, name)
    output = os.popen(line).read()  # expect: PYTHON-FLASK-SEC-001
    return jsonify(answer=output.splitlines())


@app.route("/tools/batch", methods=["POST"])
def batch_ping():
    results = {}
    for host in request.get_json()["hosts"]:
        results[host] = os.system(f"ping -c 1 -W 1 {host} > /dev/null")  # expect: PYTHON-FLASK-SEC-001
    return jsonify(results)


def requested_interface():
    """Helper returning request data: its callers get tainted values."""
    return request.headers.get("X-Interface", "eth0")


@app.route("/tools/ifstat")
def interface_stats():
    iface = requested_interface()
    os.system("ip -s link show dev " + iface)  # expect: PYTHON-FLASK-SEC-001
    return jsonify(ok=True)


def run_whois(domain):
    """Helper whose parameter reaches the shell: reported where the command runs."""
    return os.popen("whois " + domain).read()  # expect: PYTHON-FLASK-SEC-001


@app.route("/tools/whois")
def whois():
    return jsonify(record=run_whois(request.values.get("domain", "")))
