from urllib.parse import urlsplit

import requests


def handler(event, context):
    feed = event["queryStringParameters"]["feed"]
    parts = urlsplit(feed)
    if parts.hostname != "feeds.example.com":
        return {"statusCode": 400}
    return {"statusCode": 200, "body": requests.get(feed, timeout=3).text}
