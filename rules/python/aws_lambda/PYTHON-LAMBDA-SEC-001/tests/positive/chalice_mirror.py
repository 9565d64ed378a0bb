"""A Chalice app and a Powertools resolver that shell out with request data."""

import os

from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from chalice import Chalice

app = Chalice(app_name="git-mirror")
resolver = APIGatewayRestResolver()


def requested_branch():
    # A helper that returns request data: its callers receive tainted values.
    return app.current_request.query_params.get("branch", "main")


@app.route("/sync")
def sync():
    branch = requested_branch()
    os.system("git -C /tmp/repo checkout " + branch)  # expect: PYTHON-LAMBDA-SEC-001
    return {"synced": branch}


@app.route("/tags", methods=["POST"])
def tag():
    body = app.current_request.json_body
    message = body["message"]
    os.system("git -C /tmp/repo tag -a v{} -m '{}'".format(body["version"], message))  # expect: PYTHON-LAMBDA-SEC-001
    return {"tagged": True}


@resolver.post("/dns")
def lookup():
    domain = resolver.current_event.json_body["domain"]
    return {"answer": os.popen("dig +short " + domain).read()}  # expect: PYTHON-LAMBDA-SEC-001


def handler(event, context):
    return resolver.resolve(event, context)
