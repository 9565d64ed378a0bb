from lxml import etree
import tornado.web

USERS = etree.parse("/srv/app/users.xml")


class Case443Handler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_argument("user", "")
        nodes = USERS.xpath("//user[@name=$name]", name=user)
        self.write("ok")
