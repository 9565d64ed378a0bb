import os

PROFILES = {"small": "-q 80 -s 320", "large": "-q 95 -s 1920"}


def handler(event, context):
    params = event["queryStringParameters"]
    opts = PROFILES.get(params["profile"], params.get("custom", ""))
    os.system("convert /tmp/in.jpg " + opts + " /tmp/out.jpg")
    return {"statusCode": 200}
