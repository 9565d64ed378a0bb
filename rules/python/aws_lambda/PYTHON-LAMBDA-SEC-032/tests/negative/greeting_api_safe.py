"""Safe look-alikes: constant templates with event values passed as variables, allow-lists."""

import json

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

env = jinja2.Environment(autoescape=True)
THEMES = {"dark": "<body class='dark'>{{ body }}</body>", "light": "<body>{{ body }}</body>"}


def greet(event, context):
    greeting = event["queryStringParameters"]["greeting"]
    page = jinja2.Template("<h1>{{ greeting }}</h1>").render(greeting=greeting)  # ok: PYTHON-LAMBDA-SEC-032
    return {"statusCode": 200, "body": page}


def banner(event, context):
    body = json.loads(event["body"])
    page = env.from_string(THEMES.get(body["theme"], "{{ body }}")).render(body=body["text"])  # ok: PYTHON-LAMBDA-SEC-032
    return {"statusCode": 200, "body": page}


def footer(event, context):
    name = event["headers"].get("x-name", "")
    page = MakoTemplate("<p>${name | h}</p>").render(name=name)  # ok: PYTHON-LAMBDA-SEC-032
    return {"statusCode": 200, "body": page}


def sandboxed(event, context):
    # A sandboxed environment cannot reach Python internals from template code.
    page = SandboxedEnvironment().from_string(event["template"]).render()  # ok: PYTHON-LAMBDA-SEC-032
    return {"statusCode": 200, "body": page}
