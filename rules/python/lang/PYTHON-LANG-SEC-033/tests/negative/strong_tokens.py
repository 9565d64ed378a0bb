"""Safe look-alikes: 256-bit digests, and SHA-224 declared non-security."""

import hashlib
import hmac
from hashlib import sha256, sha3_256


def token_digest(token):
    return sha256(token.encode()).hexdigest()  # ok: PYTHON-LANG-SEC-033


def receipt_fingerprint(key, receipt):
    return hmac.new(key, receipt, hashlib.sha256).hexdigest()  # ok: PYTHON-LANG-SEC-033


def receipt_id(receipt):
    return sha3_256(receipt).hexdigest()  # ok: PYTHON-LANG-SEC-033


def truncated(receipt):
    # SHA-512/256: a 256-bit digest, not the 224-bit one.
    return hashlib.new("sha512_256", receipt).hexdigest()  # ok: PYTHON-LANG-SEC-033


def bucket(name):
    return hashlib.sha224(name.encode(), usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-033


def short_label(name):
    return hashlib.new("sha3_224", name.encode(), usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-033
