"""Tiny RPC server for the build farm: clients send marshalled (function name, args) tuples."""

import marshal
import socketserver

HANDLERS = {"ping": lambda: "pong"}


class RPCHandler(socketserver.StreamRequestHandler):
    def handle(self):
        name, args = marshal.loads(self.rfile.read())  # expect: PYTHON-LANG-SEC-044
        result = HANDLERS[name](*args)
        self.wfile.write(marshal.dumps(result))


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9099), RPCHandler) as server:
        server.serve_forever()
