#!/usr/bin/env python3
"""Imports a customer's exported settings shelf into our settings database."""

import shelve
import sys


def import_settings(path, target):
    with shelve.open(path, flag="r") as exported:  # expect: PYTHON-LANG-SEC-045
        for key in exported:
            target[key] = exported[key]


if __name__ == "__main__":
    with shelve.open("/var/lib/app/settings") as settings:  # expect: PYTHON-LANG-SEC-045
        import_settings(sys.argv[1], settings)
