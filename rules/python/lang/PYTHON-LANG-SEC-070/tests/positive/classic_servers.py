"""Small services started with the standard library's and other libraries' server classes on every interface."""

import http.server
import socketserver

import waitress
from gevent.server import StreamServer


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


def serve_status(port: int) -> None:
    httpd = http.server.HTTPServer(("0.0.0.0", port), http.server.SimpleHTTPRequestHandler)  # expect: PYTHON-LANG-SEC-070
    httpd.serve_forever()


def serve_echo(port: int) -> None:
    with socketserver.TCPServer(("", port), Handler) as server:  # expect: PYTHON-LANG-SEC-070
        server.serve_forever()


def serve_gevent(port: int) -> None:
    StreamServer(("::", port), lambda sock, addr: sock.close()).serve_forever()  # expect: PYTHON-LANG-SEC-070


def serve_wsgi(app) -> None:
    waitress.serve(app, host="0.0.0.0", port=8080)  # expect: PYTHON-LANG-SEC-070
