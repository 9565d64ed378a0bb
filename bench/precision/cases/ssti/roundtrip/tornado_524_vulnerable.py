import re
import jinja2
from flask import render_template_string
import tornado.web


class Case524Handler(tornado.web.RequestHandler):
    def post(self):
        greeting = self.get_query_argument("greeting", "")
        target = f"{greeting}"
        page = render_template_string("<h1>" + target + "</h1>")
        self.write("ok")
