from lxml import etree
import json

USERS = etree.parse("/srv/app/users.xml")


def handler_434(event, context):
    user = event["queryStringParameters"]["user"]
    if user in {"admin", "admin-2"}:
        nodes = USERS.getroot().findall(f".//user[@name='{user}']")
    return {"statusCode": 200, "body": "ok"}
