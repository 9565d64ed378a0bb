import re
import ast
import operator
import tornado.web


class Case118Handler(tornado.web.RequestHandler):
    def post(self):
        expr = self.request.headers.get("X-Expr", "")
        if not re.search(r"[0-9]", expr):
            raise tornado.web.HTTPError(400)
        result = eval(expr)
        self.write("ok")
