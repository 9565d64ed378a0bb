"""Plugin system that caches compiled plugin code and exchanges results with worker processes."""

import marshal
import marshal as ms
import types
from marshal import loads as unmarshal


def load_cached_plugin(cache_path, name):
    with open(cache_path, "rb") as fh:
        fh.read(16)  # skip the .pyc-style header
        code = marshal.load(fh)  # expect: PYTHON-LANG-SEC-044
    module = types.ModuleType(name)
    exec(code, module.__dict__)
    return module


def receive_result(sock):
    size = int.from_bytes(sock.recv(4), "big")
    return ms.loads(sock.recv(size))  # expect: PYTHON-LANG-SEC-044


class RemoteFunction:
    def __init__(self, blob):
        self.func = types.FunctionType(unmarshal(blob), globals())  # expect: PYTHON-LANG-SEC-044

    def __call__(self, *args):
        return self.func(*args)
