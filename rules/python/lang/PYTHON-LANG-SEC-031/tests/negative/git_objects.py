"""Safe look-alikes: SHA-1 used only as a declared non-security identifier, and SHA-256 for integrity."""

import hashlib
import hmac
from hashlib import sha1, sha256


def git_blob_id(content: bytes) -> str:
    # Git object ids are SHA-1 by format; they are identifiers here, not an integrity guarantee.
    header = f"blob {len(content)}\0".encode()
    return hashlib.sha1(header + content, usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-031


def partition(key: str, partitions: int) -> int:
    h = sha1(usedforsecurity=False)  # ok: PYTHON-LANG-SEC-031
    h.update(key.encode())
    return int.from_bytes(h.digest()[:4], "big") % partitions


def artefact_digest(data: bytes) -> str:
    return sha256(data).hexdigest()  # ok: PYTHON-LANG-SEC-031


def sign(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()  # ok: PYTHON-LANG-SEC-031


def strong_fingerprint(data: bytes) -> str:
    return hashlib.sha3_256(data).hexdigest()  # ok: PYTHON-LANG-SEC-031
