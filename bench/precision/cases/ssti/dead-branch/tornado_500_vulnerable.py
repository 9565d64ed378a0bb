import re
import jinja2
from flask import render_template_string
import tornado.web


class Case500Handler(tornado.web.RequestHandler):
    def post(self):
        greeting = self.get_argument("greeting", "")
        DEBUG = True
        target = "Welcome back"
        if DEBUG:
            target = greeting
        env = jinja2.Environment()
        page = env.from_string("Hello " + target).render()
        self.write("ok")
