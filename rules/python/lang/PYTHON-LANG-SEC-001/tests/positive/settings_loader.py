"""Reads `KEY = value` lines from a settings file and turns the values into Python objects."""

import os
import sys
from builtins import eval as evaluate

# Evaluated at import time: whoever sets the environment of the process runs code.
DEFAULTS = eval(os.environ.get("APP_DEFAULTS", "{}"))  # expect: PYTHON-LANG-SEC-001


def parse_settings(path):
    settings = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            # Anyone who can edit the file (or upload one) runs code here.
            settings[key.strip()] = eval(value.strip())  # expect: PYTHON-LANG-SEC-001
    return settings


def override_from_cli(settings):
    for arg in sys.argv[1:]:
        key, _, value = arg.partition("=")
        settings[key] = evaluate(value)  # expect: PYTHON-LANG-SEC-001
    return settings


def interactive():
    while True:
        print(eval(input(">>> ")))  # expect: PYTHON-LANG-SEC-001
