import html
import re
import tornado.web

ALLOWED_NAMES = {"guest", "guest-2"}


class Case349Handler(tornado.web.RequestHandler):
    def post(self):
        name = self.request.body.decode()
        if name not in ALLOWED_NAMES:
            raise tornado.web.HTTPError(400)
        self.write("<p>Result: " + name + "</p>")
