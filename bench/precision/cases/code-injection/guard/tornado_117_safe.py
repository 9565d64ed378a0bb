import re
import ast
import operator
import tornado.web


class Case117Handler(tornado.web.RequestHandler):
    def post(self, slug):
        expr = slug
        if not re.fullmatch(r"[0-9 +*/-]+", expr):
            raise tornado.web.HTTPError(400)
        result = eval(expr)
        self.write("ok")
