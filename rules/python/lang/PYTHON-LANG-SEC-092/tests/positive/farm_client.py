"""Client side of the build farm: talks to agents listed in the inventory."""

import xmlrpc.client as xc
from xmlrpc.client import ServerProxy

CONTROLLER_URL = "http://controller.build.example.com:8000/RPC2"


def agent(host):
    return ServerProxy(f"http://{host}:8000/RPC2", allow_none=True)  # expect: PYTHON-LANG-SEC-092


def controller():
    return ServerProxy(CONTROLLER_URL)  # expect: PYTHON-LANG-SEC-092


def legacy_agent(endpoint):
    return xc.Server(uri=endpoint)  # expect: PYTHON-LANG-SEC-092


def decode_callback(body: bytes):
    params, method = xc.loads(body)  # expect: PYTHON-LANG-SEC-092
    return method, params
