import xml.etree.ElementTree as ET
from lxml import etree
import json


def handler_381(event, context):
    doc = event["doc"]
    target = "<order><id>1</id></order>"
    target = doc
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(target, parser=parser)
    return {"statusCode": 200, "body": "ok"}
