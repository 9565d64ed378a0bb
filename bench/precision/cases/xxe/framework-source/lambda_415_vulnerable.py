import xml.etree.ElementTree as ET
from lxml import etree
import json


def handler_415(event, context):
    doc = (event.get("queryStringParameters") or {}).get("doc", "")
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(doc, parser=parser)
    return {"statusCode": 200, "body": "ok"}
