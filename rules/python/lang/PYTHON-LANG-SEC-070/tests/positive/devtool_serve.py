"""`devtool serve ...`: small servers for docs previews, log sinks and RPC during development."""

import functools
import http.server
import socket
import socketserver
from socket import create_server as open_listener
from wsgiref.simple_server import make_server
from xmlrpc.server import SimpleXMLRPCServer

DOCS_ADDR = ("0.0.0.0", 8000)
PUBLIC_HOST = "0.0.0.0"


def serve_docs(directory):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=directory)
    with http.server.ThreadingHTTPServer(DOCS_ADDR, handler) as httpd:  # expect: PYTHON-LANG-SEC-070
        print(f"docs on http://{DOCS_ADDR[0]}:{DOCS_ADDR[1]}/")
        httpd.serve_forever()


class LogLineHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            print(self.client_address[0], raw.decode(errors="replace").rstrip())


def serve_log_sink(port):
    with socketserver.ThreadingTCPServer((PUBLIC_HOST, port), LogLineHandler) as server:  # expect: PYTHON-LANG-SEC-070
        server.serve_forever()


def serve_rpc(functions, port=8765):
    rpc = SimpleXMLRPCServer(("", port), allow_none=True, logRequests=False)  # expect: PYTHON-LANG-SEC-070
    for fn in functions:
        rpc.register_function(fn)
    rpc.serve_forever()


def serve_wsgi(app, port=8051):
    httpd = make_server("0.0.0.0", port, app)  # expect: PYTHON-LANG-SEC-070
    httpd.serve_forever()


def open_control_socket():
    return open_listener(  # expect: PYTHON-LANG-SEC-070
        ("::", 9100),
        family=socket.AF_INET6,
        dualstack_ipv6=True,
    )
