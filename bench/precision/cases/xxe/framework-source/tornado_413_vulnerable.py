import xml.etree.ElementTree as ET
from lxml import etree
import tornado.web


class Case413Handler(tornado.web.RequestHandler):
    def post(self):
        doc = self.request.body.decode()
        parser = etree.XMLParser(no_network=False, resolve_entities=True)
        tree = etree.fromstring(doc, parser=parser)
        self.write("ok")
