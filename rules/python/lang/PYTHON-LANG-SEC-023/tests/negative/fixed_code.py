"""Look-alikes: constant code, functions passed by reference, and other objects with run()/exec()."""

import _xxsubinterpreters as subinterpreters
from concurrent.futures import InterpreterPoolExecutor
from concurrent.interpreters import Interpreter

WARMUP = "import json, math"


def warm(interp_id):
    subinterpreters.run_string(interp_id, WARMUP)  # ok: PYTHON-LANG-SEC-023
    subinterpreters.run_string(interp_id, "import sys; sys.setrecursionlimit(200)")  # ok: PYTHON-LANG-SEC-023


def score(values):
    return sum(values) / len(values)


def run_scoring(interp: Interpreter, values):
    # A function object and plain data: no source text is compiled.
    return interp.call(score, values)  # ok: PYTHON-LANG-SEC-023


def prepare(interp: Interpreter):
    interp.exec("import statistics")  # ok: PYTHON-LANG-SEC-023


def parallel_scores(batches):
    with InterpreterPoolExecutor() as pool:
        return list(pool.map(score, batches))  # ok: PYTHON-LANG-SEC-023


class Program:
    def __init__(self, statements):
        self.statements = statements

    def run(self, env):
        for stmt in self.statements:
            stmt.apply(env)


def evaluate(program: Program, env):
    return program.run(env)  # ok: PYTHON-LANG-SEC-023


def new_worker():
    interp_id = subinterpreters.create()  # ok: PYTHON-LANG-SEC-023
    return interp_id
