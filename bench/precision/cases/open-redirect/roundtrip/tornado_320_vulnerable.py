from urllib.parse import urlparse
import base64
import tornado.web

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case320Handler(tornado.web.RequestHandler):
    def post(self, slug):
        next = slug
        target = base64.b64decode(base64.b64encode(next.encode())).decode()
        self.redirect(target)
