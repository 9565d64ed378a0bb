import ast
import operator
import tornado.web


class Case104Handler(tornado.web.RequestHandler):
    def post(self):
        expr = self.get_arguments("expr")[0]
        result = ast.literal_eval(expr)
        self.write("ok")
