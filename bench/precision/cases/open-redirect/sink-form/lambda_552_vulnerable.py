import json


def handler(event, context):
    dest = json.loads(event["body"]).get("return_to", "/")
    return {"statusCode": 301, "multiValueHeaders": {"location": [dest]}, "body": ""}
