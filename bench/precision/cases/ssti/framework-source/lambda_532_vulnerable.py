import re
import jinja2
from flask import render_template_string
import json


def handler_532(event, context):
    body = json.loads(event["body"])
    greeting = body["greeting"]
    page = jinja2.Template(greeting).render()
    return {"statusCode": 200, "body": "ok"}
