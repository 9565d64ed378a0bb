"""Look-alikes that do not evaluate untrusted text as Python."""

import ast
import builtins
import json

import pandas as pd
import torch
from mathexpr.engine import eval  # a safe arithmetic evaluator that shadows the builtin

DEFAULT_LIMITS = "{'cpu': 2, 'memory': 512}"
SECONDS_PER_DAY = "60 * 60 * 24"


def parse_literal(text):
    return ast.literal_eval(text)  # ok: PYTHON-LANG-SEC-001


def parse_payload(body):
    return json.loads(body)  # ok: PYTHON-LANG-SEC-001


def default_limits():
    # A constant written by the developer cannot be injected.
    return builtins.eval(DEFAULT_LIMITS)  # ok: PYTHON-LANG-SEC-001


def run_inference(model: torch.nn.Module, batch):
    model.eval()  # ok: PYTHON-LANG-SEC-001
    with torch.no_grad():
        return model(batch)


def arithmetic(expression):
    # mathexpr.engine.eval parses arithmetic itself; it is not the builtin.
    return eval(expression)  # ok: PYTHON-LANG-SEC-001


def add_margin(frame: pd.DataFrame):
    return frame.eval("margin = price - cost")  # ok: PYTHON-LANG-SEC-001


class Interpreter:
    """Walks a parsed tree; its eval() is a method, not the builtin."""

    def eval(self, node, env):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return env[node.id]
        raise NotImplementedError(type(node).__name__)

    def run(self, tree, env):
        return [self.eval(node, env) for node in tree.body]  # ok: PYTHON-LANG-SEC-001


def seconds_per_day():
    return builtins.eval(SECONDS_PER_DAY)  # ok: PYTHON-LANG-SEC-001


def apply_all(eval, values):
    # A parameter that shadows the builtin (a callback passed in by the caller).
    return [eval(v) for v in values]  # ok: PYTHON-LANG-SEC-001
