from lxml import etree
import tornado.web

USERS = etree.parse("/srv/app/users.xml")


class Case432Handler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_argument("user")
        if len(user) > 32:
            raise tornado.web.HTTPError(400)
        nodes = USERS.xpath("//user[@name='" + user + "']")
        self.write("ok")
