import xml.etree.ElementTree as ET
from lxml import etree
import tornado.web


class Case378Handler(tornado.web.RequestHandler):
    def post(self):
        doc = self.get_argument("doc", "")
        parser = etree.XMLParser(no_network=False, resolve_entities=True)
        tree = etree.fromstring(doc, parser=parser)
        self.write("ok")
