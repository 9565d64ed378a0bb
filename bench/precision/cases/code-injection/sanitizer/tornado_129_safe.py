import ast
import operator
import tornado.web


class Case129Handler(tornado.web.RequestHandler):
    def post(self):
        expr = self.get_cookie("expr", "")
        result = ast.literal_eval(expr)
        self.write("ok")
