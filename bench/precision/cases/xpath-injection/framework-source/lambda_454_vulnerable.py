from lxml import etree
import json

USERS = etree.parse("/srv/app/users.xml")


def handler_454(event, context):
    user = (event.get("queryStringParameters") or {}).get("user", "")
    find = etree.XPath("//user[@name='%s']/email" % user)
    nodes = find(USERS)
    return {"statusCode": 200, "body": "ok"}
