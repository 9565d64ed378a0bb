import re
import jinja2
from flask import render_template_string
import json


def handler_516(event, context):
    greeting = event["queryStringParameters"]["greeting"]
    target = greeting.split(",")[0]
    page = jinja2.Template(target).render()
    return {"statusCode": 200, "body": "ok"}
