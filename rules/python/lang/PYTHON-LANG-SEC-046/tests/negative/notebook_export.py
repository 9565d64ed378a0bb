"""Safe look-alikes: dill used to write, inspect and test picklability; JSON to read."""

import json

import dill


def save_notebook(path):
    dill.dump_session(path)  # ok: PYTHON-LANG-SEC-046


def ship_callable(func):
    return dill.dumps(func, recurse=True)  # ok: PYTHON-LANG-SEC-046


def save_checkpoint(state, path):
    with open(path, "wb") as fh:
        dill.dump(state, fh)  # ok: PYTHON-LANG-SEC-046


def can_ship(obj):
    return dill.pickles(obj)  # ok: PYTHON-LANG-SEC-046


def read_results(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)  # ok: PYTHON-LANG-SEC-046
