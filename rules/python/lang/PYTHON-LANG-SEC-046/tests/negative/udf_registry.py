"""Safe look-alikes: analysts pick registered functions by name; arguments arrive as JSON."""

import json

import dill

REGISTRY = {"sum": sum, "max": max}


def run_udf(message: bytes):
    request = json.loads(message)  # ok: PYTHON-LANG-SEC-046
    func = REGISTRY[request["name"]]
    return func(request["args"])


def archive_udf(func, path):
    with open(path, "wb") as fh:
        dill.dump(func, fh, recurse=True)  # ok: PYTHON-LANG-SEC-046


def export_session(path):
    dill.dump_module(path)  # ok: PYTHON-LANG-SEC-046
