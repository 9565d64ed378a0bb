import xml.etree.ElementTree as ET
from lxml import etree
import json


def handler_405(event, context):
    body = json.loads(event["body"])
    doc = body["doc"]
    target = "{0[k]}".format({"k": doc})
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(target.encode(), parser)
    return {"statusCode": 200, "body": "ok"}
