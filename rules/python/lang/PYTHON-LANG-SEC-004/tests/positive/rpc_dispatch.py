"""JSON-RPC over HTTP: the method name in the request picks the function to run."""

import json
import os
import shutil


def rpc_ping():
    return "pong"


def rpc_disk_usage(path="/"):
    return shutil.disk_usage(path)._asdict()


def handle(body):
    request = json.loads(body)
    method = request["method"]
    params = request.get("params", {})
    # "method": "os" or "shutil" reach imported modules, "method": "handle" recurses, and so on.
    return globals()[method](**params)  # expect: PYTHON-LANG-SEC-004


def handle_prefixed(body):
    request = json.loads(body)
    handler = globals().get("rpc_" + request["method"])  # expect: PYTHON-LANG-SEC-004
    if handler is None:
        raise LookupError(request["method"])
    return handler(**request.get("params", {}))


class Dispatcher:
    def call(self, name, *args):
        target = globals().get(f"rpc_{name}")  # expect: PYTHON-LANG-SEC-004
        return target(*args)

    def lookup_raw(self, name):
        # A subscript read of globals() is not a call the engine models yet.
        return globals()[name]  # todoruleid: PYTHON-LANG-SEC-004


def remove_tree(path):
    return shutil.rmtree(path)


def environment():
    return dict(os.environ)
