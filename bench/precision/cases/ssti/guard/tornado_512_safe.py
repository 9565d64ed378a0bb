import re
import jinja2
from flask import render_template_string
import tornado.web


class Case512Handler(tornado.web.RequestHandler):
    def post(self):
        greeting = self.get_body_argument("greeting")
        if greeting in {"Welcome back", "Welcome back-2"}:
            env = jinja2.Environment()
            page = env.from_string("Hello " + greeting).render()
        self.write("ok")
