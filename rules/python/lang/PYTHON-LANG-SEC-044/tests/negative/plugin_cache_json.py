"""Safe look-alikes: marshal used only to write, and JSON/struct for data from other processes."""

import json
import marshal
import struct


def write_cache(code, cache_path):
    with open(cache_path, "wb") as fh:
        marshal.dump(code, fh)  # ok: PYTHON-LANG-SEC-044


def cache_bytes(code):
    return marshal.dumps(code)  # ok: PYTHON-LANG-SEC-044


def receive_result(sock):
    (size,) = struct.unpack(">I", sock.recv(4))  # ok: PYTHON-LANG-SEC-044
    return json.loads(sock.recv(size))  # ok: PYTHON-LANG-SEC-044


class ResultCodec:
    def loads(self, raw):
        return json.loads(raw)


def decode(codec: ResultCodec, raw):
    return codec.loads(raw)  # ok: PYTHON-LANG-SEC-044
