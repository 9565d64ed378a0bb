import ast
import operator
import tornado.web


class Case142Handler(tornado.web.RequestHandler):
    def post(self):
        expr = self.get_argument("expr")
        exec(compile(expr, "<formula>", "exec"))
        self.write("ok")
