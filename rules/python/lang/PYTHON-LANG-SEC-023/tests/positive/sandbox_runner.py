"""A "sandbox" for customer scripts built on subinterpreters (which isolate nothing from the OS)."""

import _xxsubinterpreters as subinterpreters
from _xxsubinterpreters import run_string

import _interpreters


def run_customer_script(script):
    interp_id = subinterpreters.create()
    try:
        subinterpreters.run_string(interp_id, script)  # expect: PYTHON-LANG-SEC-023
    finally:
        subinterpreters.destroy(interp_id)


def run_formula(interp_id, formula):
    run_string(interp_id, f"result = {formula}")  # expect: PYTHON-LANG-SEC-023


def run_keyword(interp_id, source):
    return subinterpreters.run_string(interp_id, script=source)  # expect: PYTHON-LANG-SEC-023


def run_313(interp_id, source):
    return _interpreters.exec(interp_id, source)  # expect: PYTHON-LANG-SEC-023


if __name__ == "__main__":
    import sys

    with open(sys.argv[1], encoding="utf-8") as script_file:
        subinterpreters.run_string(subinterpreters.create(), script_file.read())  # expect: PYTHON-LANG-SEC-023
