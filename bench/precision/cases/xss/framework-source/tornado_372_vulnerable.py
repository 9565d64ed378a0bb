import html
import re
import tornado.web


class Case372Handler(tornado.web.RequestHandler):
    def post(self, slug):
        name = slug
        self.finish("<h2>%s</h2>" % name)
        self.write("ok")
