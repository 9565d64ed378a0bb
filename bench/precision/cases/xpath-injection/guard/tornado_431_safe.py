from lxml import etree
import tornado.web

USERS = etree.parse("/srv/app/users.xml")


class Case431Handler(tornado.web.RequestHandler):
    def post(self, slug):
        user = slug
        if not user.isalnum():
            raise tornado.web.HTTPError(400)
        nodes = USERS.xpath("//user[@name='" + user + "']")
        self.write("ok")
