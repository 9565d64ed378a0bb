"""SHA-1 reached through APIs other rules cover: hashlib.new by name, PyCryptodome and cryptography."""

import hashlib

from Crypto.Hash import SHA1
from cryptography.hazmat.primitives import hashes


def legacy_signature_digest(body: bytes) -> str:
    # hashlib.new("sha1") is PYTHON-LANG-SEC-032's.
    return hashlib.new("sha1", body).hexdigest()  # ok: PYTHON-LANG-SEC-031


def pycryptodome_digest(body: bytes) -> str:
    # PYTHON-CRYPTO-SEC-015 reports PyCryptodome's SHA-1.
    return SHA1.new(body).hexdigest()  # ok: PYTHON-LANG-SEC-031


def certificate_fingerprint(cert) -> bytes:
    # cryptography's SHA-1 object is the cryptography bundle's.
    return cert.fingerprint(hashes.SHA1())  # ok: PYTHON-LANG-SEC-031
