from pathlib import Path

ROOT = Path("/srv/exports")


def handler(event, context):
    name = event["queryStringParameters"]["export"]
    data = (ROOT / name).read_bytes()
    return {"statusCode": 200, "body": str(len(data))}
