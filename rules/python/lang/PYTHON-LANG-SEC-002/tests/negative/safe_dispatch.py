"""Look-alikes: constant code, methods called exec, and dispatch without exec()."""

import builtins
import sqlite3
import subprocess
from concurrent.futures import ThreadPoolExecutor

from PyQt5.QtWidgets import QApplication, QDialog

BOOTSTRAP = "import sys\nsys.dont_write_bytecode = True\n"
HANDLERS = {
    "start": lambda job: job.start(),
    "stop": lambda job: job.stop(),
}


def bootstrap(namespace):
    # A constant written by the developer.
    exec(BOOTSTRAP, namespace)  # ok: PYTHON-LANG-SEC-002


def enable_future_division(namespace):
    builtins.exec("from __future__ import division", namespace)  # ok: PYTHON-LANG-SEC-002


def dispatch(action, job):
    handler = HANDLERS.get(action)
    if handler is None:
        raise KeyError(action)
    return handler(job)


def run_dialog(dialog: QDialog):
    return dialog.exec()  # ok: PYTHON-LANG-SEC-002


def main_loop(app: QApplication):
    return app.exec_()  # ok: PYTHON-LANG-SEC-002


class Statement:
    def __init__(self, conn: sqlite3.Connection, sql):
        self.conn = conn
        self.sql = sql

    def exec(self, params):
        return self.conn.execute(self.sql, params)


def insert_user(conn, name):
    return Statement(conn, "INSERT INTO users(name) VALUES (?)").exec((name,))  # ok: PYTHON-LANG-SEC-002


def run_tool(args):
    return subprocess.run(["tool", *args], check=True)


def parallel(jobs):
    with ThreadPoolExecutor() as pool:
        return list(pool.map(dispatch, jobs))


PRELUDE = "import math\n"


def math_namespace():
    namespace = {}
    # Constant concatenation is folded: still developer-written code.
    exec(PRELUDE + "tau = 2 * math.pi\n", namespace)  # ok: PYTHON-LANG-SEC-002
    return namespace


def read_version(path="mypkg/__version__.py"):
    # Known limitation: the code comes from a file in the source tree, which the rule cannot tell apart from
    # any other file; such setup.py idioms are reported and need a review (or importlib.metadata instead).
    about = {}
    with open(path, encoding="utf-8") as fh:
        exec(fh.read(), about)  # todook: PYTHON-LANG-SEC-002
    return about["__version__"]


def run_jobs(exec, jobs):
    # A parameter that shadows the builtin: the caller's executor function.
    return [exec(job) for job in jobs]  # ok: PYTHON-LANG-SEC-002
