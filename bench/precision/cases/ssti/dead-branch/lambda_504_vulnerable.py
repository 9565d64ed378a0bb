import re
import jinja2
from flask import render_template_string
import json


def handler_504(event, context):
    greeting = event["headers"].get("x-greeting", "")
    limit = 10
    if len(greeting) < limit * 30:
        target = greeting
    else:
        target = "Welcome back"
    page = jinja2.Template(target).render()
    return {"statusCode": 200, "body": "ok"}
