"""Cache backends that read pickled entries back from files and sockets through the less common entry points."""

import _pickle
import pickle

import cloudpickle


def read_entry(path):
    with open(path, "rb") as fh:
        return _pickle.load(fh)  # expect: PYTHON-LANG-SEC-040


def read_closure(path):
    with open(path, "rb") as fh:
        return cloudpickle.load(fh)  # expect: PYTHON-LANG-SEC-040


def read_stream(sock):
    return _pickle.Unpickler(sock.makefile("rb")).load()  # expect: PYTHON-LANG-SEC-040


def read_pure_python(blob: bytes):
    # The pure-Python implementation the C accelerator falls back to.
    return pickle._loads(blob)  # expect: PYTHON-LANG-SEC-040


def read_pure_python_stream(fh):
    return pickle._Unpickler(fh).load()  # expect: PYTHON-LANG-SEC-040
