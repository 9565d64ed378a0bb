from lxml import etree
import json

USERS = etree.parse("/srv/app/users.xml")


def handler_446(event, context):
    body = json.loads(event["body"])
    user = body["user"]
    target = "%s" % (user,)
    nodes = USERS.xpath("//user[@name='" + target + "']")
    return {"statusCode": 200, "body": "ok"}
