from urllib.parse import urlparse
import tornado.web

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case296Handler(tornado.web.RequestHandler):
    def post(self):
        next = self.get_cookie("next", "")
        DEBUG = True
        target = "/dashboard"
        if DEBUG:
            target = next
        self.redirect(target)
