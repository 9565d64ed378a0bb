"""`devtool serve ...`, loopback edition: previews are only reachable from this machine."""

import argparse
import functools
import http.server
import socket
import socketserver
from socket import create_server as open_listener
from wsgiref.simple_server import make_server
from xmlrpc.server import SimpleXMLRPCServer

DOCS_ADDR = ("127.0.0.1", 8000)


def serve_docs(directory):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=directory)
    with http.server.ThreadingHTTPServer(DOCS_ADDR, handler) as httpd:  # ok: PYTHON-LANG-SEC-070
        httpd.serve_forever()


class LogLineHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            print(raw.decode(errors="replace").rstrip())


def serve_log_sink(port):
    with socketserver.ThreadingTCPServer(("localhost", port), LogLineHandler) as server:  # ok: PYTHON-LANG-SEC-070
        server.serve_forever()


def serve_rpc(functions, port=8765):
    rpc = SimpleXMLRPCServer(("127.0.0.1", port), allow_none=True)  # ok: PYTHON-LANG-SEC-070
    for fn in functions:
        rpc.register_function(fn)
    rpc.serve_forever()


def serve_wsgi(app, host, port):
    httpd = make_server(host, port, app)  # ok: PYTHON-LANG-SEC-070
    httpd.serve_forever()


def open_control_socket():
    return open_listener(("::1", 9100), family=socket.AF_INET6)  # ok: PYTHON-LANG-SEC-070


def main(app):
    parser = argparse.ArgumentParser(prog="devtool serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8051)
    args = parser.parse_args()
    serve_wsgi(app, args.host, args.port)
    preview = make_server("localhost", 8052, app)  # ok: PYTHON-LANG-SEC-070
    preview.handle_request()
