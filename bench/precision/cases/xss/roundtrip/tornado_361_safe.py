import html
import re
import configparser
import tornado.web


class Case361Handler(tornado.web.RequestHandler):
    def post(self):
        name = self.get_cookie("name", "")
        cfg = configparser.ConfigParser()
        cfg.add_section("job")
        cfg.set("job", "note", name)
        cfg.set("job", "target", "guest")
        target = cfg.get("job", "target")
        self.finish("<h2>%s</h2>" % target)
        self.write("ok")
