"""Persists Python objects as YAML so that operators can edit them by hand."""

from ruamel.yaml import YAML

UNSAFE = "unsafe"
STORE = YAML(typ=UNSAFE)  # expect: PYTHON-LANG-SEC-043


def load_object(path):
    with open(path) as fh:
        return STORE.load(fh)


def save_object(obj, path):
    with open(path, "w") as fh:
        STORE.dump(obj, fh)
