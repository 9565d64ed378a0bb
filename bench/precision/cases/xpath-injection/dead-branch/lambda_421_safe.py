from lxml import etree
import json

USERS = etree.parse("/srv/app/users.xml")


def handler_421(event, context):
    user = event["headers"].get("x-user", "")
    attempts = 0
    target = "admin"
    while attempts > 5:
        target = user
        attempts += 1
    nodes = USERS.getroot().findall(f".//user[@name='{target}']")
    return {"statusCode": 200, "body": "ok"}
