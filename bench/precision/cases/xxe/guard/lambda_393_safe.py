import xml.etree.ElementTree as ET
from lxml import etree
import json


def handler_393(event, context):
    doc = event["queryStringParameters"]["doc"]
    if doc in {"<order><id>1</id></order>", "<order><id>1</id></order>-2"}:
        parser = etree.XMLParser(no_network=False, resolve_entities=True)
        tree = etree.fromstring(doc, parser=parser)
    return {"statusCode": 200, "body": "ok"}
