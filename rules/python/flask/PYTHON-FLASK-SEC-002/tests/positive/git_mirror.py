"""Git mirror admin: helpers shared between views, module-qualified flask.request, aliased subprocess."""

import asyncio
import subprocess as sp

import flask

app = flask.Flask(__name__)


def requested_branch():
    """Returns request data; every caller receives a tainted value."""
    return flask.request.args.get("branch", "main")


def git(command_line):
    """Runs a git command line through the shell: reported here when a caller passes request data."""
    return sp.check_call("git -C /srv/mirror " + command_line, shell=True)  # expect: PYTHON-FLASK-SEC-002


@app.route("/mirror/checkout")
def checkout():
    branch = requested_branch()
    sp.run("git checkout " + branch, shell=True, cwd="/srv/mirror")  # expect: PYTHON-FLASK-SEC-002
    return "ok"


@app.route("/mirror/fetch", methods=["POST"])
def fetch():
    remote = flask.request.form.get("remote", "origin")
    git("fetch " + remote)
    return "ok"


@app.route("/mirror/hook", methods=["POST"])
async def hook():
    event = flask.request.headers.get("X-Gitea-Event", "push")
    proc = await asyncio.create_subprocess_shell(f"/srv/hooks/on-{event}.sh")  # expect: PYTHON-FLASK-SEC-002
    await proc.wait()
    return "ok"
