import re
import jinja2
from flask import render_template_string
import json


def handler_515(event, context):
    greeting = event["greeting"]
    target = str(float(greeting))
    page = jinja2.Template(target).render()
    return {"statusCode": 200, "body": "ok"}
