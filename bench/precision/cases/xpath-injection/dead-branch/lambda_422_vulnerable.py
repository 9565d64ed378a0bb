from lxml import etree
import json

USERS = etree.parse("/srv/app/users.xml")


def handler_422(event, context):
    user = event["user"]
    attempts = 0
    target = "admin"
    while attempts < 1:
        target = user
        attempts += 1
    nodes = USERS.getroot().findall(f".//user[@name='{target}']")
    return {"statusCode": 200, "body": "ok"}
