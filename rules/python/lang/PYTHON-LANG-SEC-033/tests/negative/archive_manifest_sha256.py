"""Safe look-alikes: archive manifests sealed with 256-bit digests."""

import hashlib
import json


def seal(entries: dict) -> str:
    body = json.dumps(entries, sort_keys=True).encode()
    return hashlib.sha3_256(body).hexdigest()  # ok: PYTHON-LANG-SEC-033


def file_digest(data: bytes) -> str:
    return hashlib.new("sha256", data).hexdigest()  # ok: PYTHON-LANG-SEC-033


def long_term_digest(data: bytes) -> str:
    return hashlib.sha384(data).hexdigest()  # ok: PYTHON-LANG-SEC-033
