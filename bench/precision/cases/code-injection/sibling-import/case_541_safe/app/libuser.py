import ast


def calc(expr):
    return ast.literal_eval(expr)
