"""A tiny calculator endpoint: evaluates the arithmetic a client sends."""

import builtins
import json
from http.server import BaseHTTPRequestHandler, HTTPServer

ALLOWED_OPERATORS = "+-*/"


def compute(expression):
    # The body of the request is evaluated as Python.
    return eval(expression)  # expect: PYTHON-LANG-SEC-001


def compute_pair(left, operator, right):
    if operator not in ALLOWED_OPERATORS:
        raise ValueError(operator)
    # The operator is checked, the operands are not: "1", "+", "__import__('os').system('id')".
    return eval(f"{left} {operator} {right}")  # expect: PYTHON-LANG-SEC-001


def compute_sandboxed(expression, variables):
    # Emptying __builtins__ is not a sandbox: attribute walks such as ().__class__.__base__ still escape it.
    return builtins.eval(expression, {"__builtins__": {}}, variables)  # expect: PYTHON-LANG-SEC-001


class CalculatorHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        payload = json.loads(self.rfile.read(length))
        result = eval(  # expect: PYTHON-LANG-SEC-001
            payload["expression"],
            {"__builtins__": None},
        )
        body = json.dumps({"result": result}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8088), CalculatorHandler).serve_forever()
