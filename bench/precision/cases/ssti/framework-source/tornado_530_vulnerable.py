import re
import jinja2
from flask import render_template_string
import tornado.web


class Case530Handler(tornado.web.RequestHandler):
    def post(self, slug):
        greeting = slug
        env = jinja2.Environment()
        page = env.from_string("Hello " + greeting).render()
        self.write("ok")
