import xml.etree.ElementTree as ET
from lxml import etree
import tornado.web


class Case402Handler(tornado.web.RequestHandler):
    def post(self):
        doc = self.get_arguments("doc")[0]
        root = ET.fromstring(doc)
        self.write("ok")
