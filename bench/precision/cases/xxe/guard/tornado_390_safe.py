import xml.etree.ElementTree as ET
from lxml import etree
import tornado.web


class Case390Handler(tornado.web.RequestHandler):
    def post(self):
        doc = self.get_body_argument("doc")
        if "<!DOCTYPE" in doc or "<!ENTITY" in doc:
            raise tornado.web.HTTPError(400)
        parser = etree.XMLParser(resolve_entities=True)
        root = etree.fromstring(doc.encode(), parser)
        self.write("ok")
