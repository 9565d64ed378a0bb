import html
import re
import tornado.web


class Case336Handler(tornado.web.RequestHandler):
    def post(self):
        name = self.get_arguments("name")[0]
        self.write("<p>Result: " + html.escape(name) + "</p>")
