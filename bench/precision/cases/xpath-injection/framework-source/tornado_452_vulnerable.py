from lxml import etree
import tornado.web

USERS = etree.parse("/srv/app/users.xml")


class Case452Handler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_body_argument("user")
        nodes = USERS.getroot().findall(f".//user[@name='{user}']")
        self.write("ok")
