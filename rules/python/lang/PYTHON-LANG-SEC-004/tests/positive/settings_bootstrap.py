"""Settings module: defaults below, overridden from a JSON file, the environment and the command line."""

import argparse
import json
import os

DEBUG = False
DATABASE_URL = "sqlite:///app.db"
ALLOWED_HOSTS = ["localhost"]


def load_file(path):
    with open(path, encoding="utf-8") as fh:
        overrides = json.load(fh)
    # Any key in the file replaces any global: "json": null breaks this module, "open": ... hijacks calls.
    globals().update(overrides)  # expect: PYTHON-LANG-SEC-004


def load_environment(prefix="APP_"):
    for key, value in os.environ.items():
        if key.startswith(prefix):
            globals()[key[len(prefix):]] = value  # expect: PYTHON-LANG-SEC-004


def load_cli(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", nargs=2, action="append", default=[])
    args = parser.parse_args(argv)
    globals().update(vars(args))  # expect: PYTHON-LANG-SEC-004
    for name, value in args.set:
        globals().setdefault(name, value)  # expect: PYTHON-LANG-SEC-004


def load_aliased(overrides):
    namespace = globals()
    for key, value in overrides.items():
        # An alias of globals() is an ordinary variable for the engine.
        namespace[key] = value  # todoruleid: PYTHON-LANG-SEC-004


globals().update(json.loads(os.environ.get("APP_SETTINGS", "{}")))  # expect: PYTHON-LANG-SEC-004
