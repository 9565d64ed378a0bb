"""A task runner that reaches shell and code execution through getattr()."""

import builtins
import os
import pickle
import subprocess as sp


def run_task(cmd):
    getattr(os, "system")(cmd)  # expect: PYTHON-LANG-SEC-117
    runner = getattr(sp, "check_output")  # expect: PYTHON-LANG-SEC-117
    return runner(cmd, shell=True)


def evaluate(expr):
    return getattr(builtins, "eval")(expr)  # expect: PYTHON-LANG-SEC-117


def restore(blob):
    return getattr(pickle, "loads")(blob)  # expect: PYTHON-LANG-SEC-117


def call_os(action, *args):
    # The caller picks any os function by name: os.remove, os.system, os.kill, ...
    return getattr(os, action)(*args)  # expect: PYTHON-LANG-SEC-117
