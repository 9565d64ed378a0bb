"""Lambda handlers that build template source from event data."""

import json

import jinja2
from mako.template import Template as MakoTemplate

env = jinja2.Environment()


def greet(event, context):
    greeting = event["queryStringParameters"]["greeting"]
    # ruleid: PYTHON-LAMBDA-SEC-032
    page = jinja2.Template("<h1>" + greeting + "</h1>").render()
    return {"statusCode": 200, "body": page}


def banner(event, context):
    body = json.loads(event["body"])
    # ruleid: PYTHON-LAMBDA-SEC-032
    page = env.from_string(body["banner"]).render(user="guest")
    return {"statusCode": 200, "body": page}


def footer(event, context):
    text = event["headers"].get("x-footer", "")
    # ruleid: PYTHON-LAMBDA-SEC-032
    page = MakoTemplate(text.strip()).render()
    return {"statusCode": 200, "body": page}
