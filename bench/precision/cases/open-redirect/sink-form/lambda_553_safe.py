from urllib.parse import quote


def handler(event, context):
    dest = event["queryStringParameters"]["return_to"]
    return {"statusCode": 302, "headers": {"Location": f"/account/{quote(dest)}"}}
