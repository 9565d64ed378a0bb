import httpx


def handler(event, context):
    with httpx.Client(timeout=3) as client:
        resp = client.get(event["queryStringParameters"]["feed"])
    return {"statusCode": 200, "body": resp.text}
