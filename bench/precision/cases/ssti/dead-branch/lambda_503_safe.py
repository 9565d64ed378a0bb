import re
import jinja2
from flask import render_template_string
import json


def handler_503(event, context):
    greeting = (event.get("queryStringParameters") or {}).get("greeting", "")
    limit = 10
    if limit * 3 > 100:
        target = greeting
    else:
        target = "Welcome back"
    page = jinja2.Template(target).render()
    return {"statusCode": 200, "body": "ok"}
