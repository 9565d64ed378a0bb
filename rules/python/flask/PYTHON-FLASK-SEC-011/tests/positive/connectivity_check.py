"""Connectivity checker: tests mail, FTP and HTTP servers whose host names come from the request."""

import ftplib
import http.client
import smtplib
import socket

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/check/http")
def check_http():
    # ?host=169.254.169.254 or an internal admin service
    conn = http.client.HTTPConnection(request.args["host"], timeout=5)  # expect: PYTHON-FLASK-SEC-011
    conn.request("GET", "/")
    return jsonify(status=conn.getresponse().status)


@app.route("/check/smtp", methods=["POST"])
def check_smtp():
    server = request.form.get("server", "localhost")
    port = int(request.form.get("port", "25"))
    with smtplib.SMTP(server, port, timeout=5) as smtp:  # expect: PYTHON-FLASK-SEC-011
        return jsonify(banner=smtp.noop())


@app.route("/check/ftp")
def check_ftp():
    ftp = ftplib.FTP()
    target = request.args.get("host", "")
    if ":" in target:
        target = target.split(":")[0]
    ftp.connect(target, 21, timeout=5)  # expect: PYTHON-FLASK-SEC-011
    return jsonify(welcome=ftp.getwelcome())


@app.route("/check/ports", methods=["POST"])
def scan_ports():
    open_ports = []
    host = request.get_json()["host"]
    for port in range(20, 1025):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(0.2)
        if sock.connect_ex((host, port)) == 0:  # expect: PYTHON-FLASK-SEC-011
            open_ports.append(port)
        sock.close()
    return jsonify(open=open_ports)


@app.route("/check/tls")
def check_tls():
    endpoint = "%s:443" % request.args.get("domain", "")
    name, _, port = endpoint.partition(":")
    conn = http.client.HTTPSConnection(host=name, port=int(port), timeout=5)  # expect: PYTHON-FLASK-SEC-011
    conn.request("HEAD", "/")
    return jsonify(status=conn.getresponse().status)
