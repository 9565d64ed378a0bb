#!/usr/bin/env python3
"""Finds duplicate uploads in a directory and deletes all but one copy of each."""

import os
import sys
from hashlib import md5 as digest_of

import hashlib


def fingerprint(path):
    with open(path, "rb") as fh:
        return digest_of(fh.read()).hexdigest()  # expect: PYTHON-LANG-SEC-030


def main(root):
    seen = {}
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = os.path.join(dirpath, name)
            key = fingerprint(path)
            if key in seen:
                # Two different files with the same MD5 can be crafted: this may delete the wrong one.
                os.remove(path)
            else:
                seen[key] = path
    marker = hashlib.md5(str(sorted(seen)).encode()).hexdigest()  # expect: PYTHON-LANG-SEC-030
    print(f"{len(seen)} unique files, manifest {marker}")


if __name__ == "__main__":
    main(sys.argv[1])
