"""Safe look-alikes: workers publish plain JSON results; jsonpickle only produces debug output."""

import json

import jsonpickle


def parse_result(message):
    return json.loads(message["data"])  # ok: PYTHON-LANG-SEC-042


def debug_dump(result):
    return jsonpickle.encode(result, unpicklable=False, indent=2)  # ok: PYTHON-LANG-SEC-042
