"""Runs the steps of a CI pipeline definition (YAML committed by anyone with push access to a fork)."""

import subprocess as sp

import yaml


def run_pipeline(path):
    with open(path, encoding="utf-8") as fh:
        pipeline = yaml.safe_load(fh)
    for step in pipeline["steps"]:
        sp.run(["sh", "-c", step["run"]], check=True)  # expect: PYTHON-LANG-SEC-020


def run_windows_step(step):
    return sp.run(["cmd.exe", "/c", step["run"]], check=True)  # expect: PYTHON-LANG-SEC-020


def run_python_step(step):
    return sp.check_output(["python3", "-c", step["script"]])  # expect: PYTHON-LANG-SEC-020


if __name__ == "__main__":
    import sys

    sys.exit(sp.call(sys.argv[1:]))  # expect: PYTHON-LANG-SEC-020
