from lxml import etree
import tornado.web

USERS = etree.parse("/srv/app/users.xml")


class Case419Handler(tornado.web.RequestHandler):
    def post(self):
        user = self.request.headers.get("X-User", "")
        nodes = USERS.xpath("//user[@name='" + user + "']")
        self.write("ok")
