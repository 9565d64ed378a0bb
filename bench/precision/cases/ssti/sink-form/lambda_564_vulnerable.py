import json

from jinja2 import Environment

env = Environment()


def handler(event, context):
    layout = json.loads(event["body"])["layout"]
    html = env.from_string(layout).render(title="Report")
    return {"statusCode": 200, "body": html}
