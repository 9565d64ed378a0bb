import re
import jinja2
from flask import render_template_string
import json
import tornado.web


class Case525Handler(tornado.web.RequestHandler):
    def post(self):
        greeting = self.get_arguments("greeting")[0]
        data = json.loads(json.dumps({"q": greeting, "k": "Welcome back"}))
        target = data["k"]
        page = render_template_string("<h1>" + target + "</h1>")
        self.write("ok")
