import json

from jinja2 import Template

PAGE = "<h1>{{ title }}</h1>"


def handler(event, context):
    title = json.loads(event["body"])["title"]
    html = Template(PAGE).render(title=title)
    return {"statusCode": 200, "body": html}
