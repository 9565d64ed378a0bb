"""XML-RPC kept on the loopback interface or pointed at fixed HTTPS endpoints; defusedxml patches the parser."""

import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCServer

from defusedxml import xmlrpc as defused_xmlrpc

defused_xmlrpc.monkey_patch()  # ok: PYTHON-LANG-SEC-092

PYPI = "https://pypi.org/pypi"


class Calculator:
    def add(self, a, b):
        return a + b


def serve_local():
    server = SimpleXMLRPCServer(("127.0.0.1", 8000), allow_none=True)  # ok: PYTHON-LANG-SEC-092
    server.register_instance(Calculator())  # ok: PYTHON-LANG-SEC-092
    server.register_introspection_functions()  # ok: PYTHON-LANG-SEC-092
    server.serve_forever()


def serve_localhost():
    server = SimpleXMLRPCServer(("localhost", 8001))  # ok: PYTHON-LANG-SEC-092
    server.register_instance(Calculator(), allow_dotted_names=False)  # ok: PYTHON-LANG-SEC-092
    server.register_function(pow)  # ok: PYTHON-LANG-SEC-092
    server.serve_forever()


def package_versions(name):
    client = xmlrpc.client.ServerProxy(PYPI)  # ok: PYTHON-LANG-SEC-092
    return client.package_releases(name)


def local_supervisor():
    return xmlrpc.client.ServerProxy("http://localhost:9001/RPC2")  # ok: PYTHON-LANG-SEC-092


def loopback_ip():
    return xmlrpc.client.ServerProxy("http://127.0.0.1:9001/RPC2")  # ok: PYTHON-LANG-SEC-092


def encode_reply(value):
    payload = xmlrpc.client.dumps((value,), methodresponse=True)  # ok: PYTHON-LANG-SEC-092
    blob = xmlrpc.client.Binary(b"\x00\x01")  # ok: PYTHON-LANG-SEC-092
    return payload, blob
