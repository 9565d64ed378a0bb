"""Deployment agent: helpers open SSH and socket connections to hosts named in the request."""

import socket

import flask
import paramiko

bp = flask.Blueprint("deploy", __name__)


def target_host():
    """Returns the deploy target header: tainted for callers."""
    return flask.request.headers.get("X-Deploy-Target", "localhost")


def open_channel(address):
    """Reported here when a caller passes request data."""
    return socket.create_connection(address, timeout=3)  # expect: PYTHON-FLASK-SEC-011


@bp.route("/deploy", methods=["POST"])
def deploy():
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(target_host(), username="deploy", timeout=5)  # expect: PYTHON-FLASK-SEC-011
    client.exec_command("systemctl restart app")
    return "ok"


@bp.route("/deploy/ping")
def ping():
    channel = open_channel((flask.request.args["host"], 9000))
    channel.close()
    return "ok"
