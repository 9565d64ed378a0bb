from urllib.parse import urlparse
import tornado.web

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case329Handler(tornado.web.RequestHandler):
    def post(self):
        next = self.get_query_argument("next", "")
        self.redirect(next)
