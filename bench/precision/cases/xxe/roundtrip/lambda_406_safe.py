import xml.etree.ElementTree as ET
from lxml import etree
import io
import json


def handler_406(event, context):
    doc = event["pathParameters"]["doc"]
    buf = io.StringIO()
    buf.write("<order><id>1</id></order>")
    log = io.StringIO()
    log.write(doc)
    target = buf.getvalue()
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(target.encode(), parser)
    return {"statusCode": 200, "body": "ok"}
