from lxml import etree
import json

USERS = etree.parse("/srv/app/users.xml")


def handler_447(event, context):
    user = event["pathParameters"]["user"]
    target = "{0}".format("admin", user)
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return {"statusCode": 200, "body": "ok"}
