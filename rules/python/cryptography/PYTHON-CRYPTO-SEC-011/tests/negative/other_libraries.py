"""sign()/verify() calls of other libraries, and SHA-1 objects owned by the PyCryptodome rule (015)."""

import hashlib

import itsdangerous
from Crypto.Hash import SHA1
from Crypto.Signature import pkcs1_15


def session_signer(secret):
    return itsdangerous.Signer(secret, digest_method=hashlib.sha256)


def sign_cookie(secret, value):
    return session_signer(secret).sign(value)  # ok: PYTHON-CRYPTO-SEC-011


def verify_cookie(secret, signed):
    return session_signer(secret).verify_signature(signed, b"")  # ok: PYTHON-CRYPTO-SEC-011


def pycryptodome_sign(key, data):
    # Reported by PYTHON-CRYPTO-SEC-015 at SHA1.new(); not reported twice.
    return pkcs1_15.new(key).sign(SHA1.new(data))  # ok: PYTHON-CRYPTO-SEC-011
