import xml.etree.ElementTree as ET
from lxml import etree
import tornado.web


class Case391Handler(tornado.web.RequestHandler):
    def post(self):
        doc = self.get_query_argument("doc", "")
        if not doc.lstrip().startswith("<"):
            raise tornado.web.HTTPError(400)
        parser = etree.XMLParser(resolve_entities=True)
        root = etree.fromstring(doc.encode(), parser)
        self.write("ok")
