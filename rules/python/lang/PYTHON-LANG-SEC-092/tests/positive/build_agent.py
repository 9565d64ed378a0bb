"""Build agent that exposes its job API to the build farm over XML-RPC."""

import os
import subprocess
from xmlrpc.server import DocXMLRPCServer, SimpleXMLRPCRequestHandler, SimpleXMLRPCServer

import xmlrpc.server


class Jobs:
    def __init__(self):
        self.running = {}

    def start(self, name, args):
        self.running[name] = subprocess.Popen(["/opt/build/run-job", name, *args])
        return True

    def status(self, name):
        proc = self.running.get(name)
        return None if proc is None else proc.poll()


class RequestHandler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)


def serve():
    server = SimpleXMLRPCServer(("0.0.0.0", 8000), requestHandler=RequestHandler, allow_none=True)  # expect: PYTHON-LANG-SEC-092
    server.register_instance(Jobs(), allow_dotted_names=True)  # expect: PYTHON-LANG-SEC-092
    server.serve_forever()


def serve_docs(bind_host):
    docs = DocXMLRPCServer((bind_host, 8001))  # expect: PYTHON-LANG-SEC-092
    docs.register_instance(Jobs(), True)  # expect: PYTHON-LANG-SEC-092
    docs.serve_forever()


def cgi_entry():
    handler = xmlrpc.server.CGIXMLRPCRequestHandler()  # expect: PYTHON-LANG-SEC-092
    handler.register_function(lambda: os.getloadavg(), "load")
    handler.handle_request()
