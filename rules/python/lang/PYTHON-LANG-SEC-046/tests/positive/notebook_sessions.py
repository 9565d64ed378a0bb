"""Notebook service: restores user sessions and runs submitted callables on workers."""

import dill
import dill as dl
from dill import loads as undill


def restore_notebook(session_file):
    dill.load_session(session_file)  # expect: PYTHON-LANG-SEC-046


def restore_module_state(path):
    return dill.load_module(path)  # expect: PYTHON-LANG-SEC-046


def run_submitted(task_bytes, *args):
    func = undill(task_bytes)  # expect: PYTHON-LANG-SEC-046
    return func(*args)


class ResultReader:
    def __init__(self, fh):
        self.unpickler = dl.Unpickler(fh)  # expect: PYTHON-LANG-SEC-046

    def next(self):
        return self.unpickler.load()


def read_checkpoint(path):
    with open(path, "rb") as fh:
        return dill.load(fh, ignore=True)  # expect: PYTHON-LANG-SEC-046
