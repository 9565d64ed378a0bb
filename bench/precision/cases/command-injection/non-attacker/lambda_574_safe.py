import os

PROFILES = {"small": "-q 80 -s 320", "large": "-q 95 -s 1920"}


def handler(event, context):
    opts = PROFILES.get(event["queryStringParameters"]["profile"], "-q 85")
    os.system("convert /tmp/in.jpg " + opts + " /tmp/out.jpg")
    return {"statusCode": 200}
