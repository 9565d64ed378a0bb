import base64

import yaml


def handler(event, context):
    text = base64.b64decode(event["body"]).decode()
    docs = list(yaml.load_all(text, Loader=yaml.SafeLoader))
    return {"statusCode": 200, "body": str(len(docs))}
