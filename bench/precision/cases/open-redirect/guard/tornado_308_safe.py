from urllib.parse import urlparse
import tornado.web

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case308Handler(tornado.web.RequestHandler):
    def post(self):
        next = self.get_argument("next")
        if next in {"/dashboard", "/dashboard-2"}:
            self.redirect(next)
        self.write("ok")
