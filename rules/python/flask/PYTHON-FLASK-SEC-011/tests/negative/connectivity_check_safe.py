"""Connectivity checks against servers the operator configured; the request only picks one by name."""

import ftplib
import http.client
import os
import smtplib
import socket

import paramiko
from flask import Flask, abort, current_app, jsonify, request

app = Flask(__name__)
SERVERS = {"web": "web.internal", "mail": "mail.internal", "files": "files.internal"}


@app.route("/check/http")
def check_http():
    host = SERVERS.get("web")
    conn = http.client.HTTPConnection(host, timeout=5)  # ok: PYTHON-FLASK-SEC-011
    conn.request("GET", "/" + request.args.get("path", ""))
    return jsonify(status=conn.getresponse().status)


@app.route("/check/smtp", methods=["POST"])
def check_smtp():
    relay = current_app.config.get("SMTP_RELAY", "localhost")
    with smtplib.SMTP(relay, int(request.form.get("port", "25")), timeout=5) as smtp:  # ok: PYTHON-FLASK-SEC-011
        return jsonify(banner=smtp.noop())


@app.route("/check/ftp")
def check_ftp():
    ftp = ftplib.FTP()
    ftp.connect(os.environ.get("FTP_HOST", "files.internal"), 21, timeout=5)  # ok: PYTHON-FLASK-SEC-011
    return jsonify(welcome=ftp.getwelcome(), user=request.args.get("user"))


@app.route("/check/ports")
def scan_ports():
    port = int(request.args.get("port", "80"))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(0.2)
    is_open = sock.connect_ex(("127.0.0.1", port)) == 0  # ok: PYTHON-FLASK-SEC-011
    sock.close()
    return jsonify(open=is_open)


@app.route("/deploy", methods=["POST"])
def deploy():
    host = request.form.get("host", "")
    host = "deploy.internal"
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy", timeout=5)  # ok: PYTHON-FLASK-SEC-011
    return "ok"


@app.route("/check/channel")
def channel():
    conn = socket.create_connection((SERVERS.get("mail"), 25), timeout=3)  # ok: PYTHON-FLASK-SEC-011
    conn.close()
    return "ok"


@app.route("/check/<name>")
def check_named(name):
    # The request picks a key; the host comes from the server-side table.
    conn = socket.create_connection((SERVERS[request.view_args["name"]], 443), timeout=3)  # ok: PYTHON-FLASK-SEC-011
    conn.close()
    return "ok"
