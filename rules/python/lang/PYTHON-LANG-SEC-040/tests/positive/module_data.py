"""Data named through another module is still data: only constants written in the program are skipped."""

import pickle
import sys

from flask import request


def restore_from_upload():
    return pickle.loads(request.data)  # expect: PYTHON-LANG-SEC-040


def restore_from_pipe():
    return pickle.loads(sys.stdin.buffer.read())  # expect: PYTHON-LANG-SEC-040
