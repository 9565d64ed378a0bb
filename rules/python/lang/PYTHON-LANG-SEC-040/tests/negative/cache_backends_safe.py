"""Cache backends that store JSON or TOML instead of pickles, and one pickle written in the program."""

import _pickle
import json
import tomllib

# A default entry serialised at build time and shipped as a literal.
DEFAULT_ENTRY = b"\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00}\x94."


def read_entry(path):
    with open(path, "rb") as fh:
        return json.load(fh)  # ok: PYTHON-LANG-SEC-040


def read_settings(path):
    with open(path, "rb") as fh:
        return tomllib.load(fh)  # ok: PYTHON-LANG-SEC-040


def read_blob(blob: bytes):
    return json.loads(blob)  # ok: PYTHON-LANG-SEC-040


def default_entry():
    return _pickle.loads(DEFAULT_ENTRY)  # ok: PYTHON-LANG-SEC-040
