from urllib.parse import urlparse
import configparser
import tornado.web

ALLOWED_HOSTS = {"example.com", "www.example.com"}


class Case321Handler(tornado.web.RequestHandler):
    def post(self):
        next = self.get_body_argument("next")
        cfg = configparser.ConfigParser()
        cfg.add_section("job")
        cfg.set("job", "note", next)
        cfg.set("job", "target", "/dashboard")
        target = cfg.get("job", "target")
        self.redirect(target)
