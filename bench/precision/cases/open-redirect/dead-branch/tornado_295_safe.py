from urllib.parse import urlparse
import tornado.web

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case295Handler(tornado.web.RequestHandler):
    def post(self):
        next = self.request.headers.get("X-Next", "")
        DEBUG = False
        target = "/dashboard"
        if DEBUG:
            target = next
        self.redirect(target)
