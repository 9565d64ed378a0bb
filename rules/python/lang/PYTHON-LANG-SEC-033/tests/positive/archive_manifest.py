#!/usr/bin/env python3
"""Writes a manifest of archived files with their SHA-224 digests; auditors verify it years later."""

import hashlib
import json
import pathlib
import sys


def manifest(root: pathlib.Path) -> dict:
    entries = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            entries[str(path.relative_to(root))] = hashlib.sha224(path.read_bytes()).hexdigest()  # expect: PYTHON-LANG-SEC-033
    return entries


if __name__ == "__main__":
    data = manifest(pathlib.Path(sys.argv[1]))
    body = json.dumps(data, sort_keys=True).encode()
    print(json.dumps({"files": data, "seal": hashlib.sha3_224(body).hexdigest()}, indent=2))  # expect: PYTHON-LANG-SEC-033
