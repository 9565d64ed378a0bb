import xml.etree.ElementTree as ET
from lxml import etree
import json


def handler_380(event, context):
    doc = event["headers"].get("x-doc", "")
    target = doc
    target = "<order><id>1</id></order>"
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(target, parser=parser)
    return {"statusCode": 200, "body": "ok"}
