"""License keys after the review: 3072-bit by default, 2048 as the floor, sizes from configuration."""

import os

from Crypto.PublicKey import DSA, ECC, RSA

DEFAULT_BITS = 3072


def license_signing_key():
    return RSA.generate(DEFAULT_BITS)  # ok: PYTHON-CRYPTO-SEC-023


def compatible_key():
    return RSA.generate(bits=2048)  # ok: PYTHON-CRYPTO-SEC-023


def archival_key():
    return RSA.generate(4096, e=65537)  # ok: PYTHON-CRYPTO-SEC-023


def configured_key():
    return RSA.generate(int(os.environ.get("LICENSE_KEY_BITS", "3072")))  # ok: PYTHON-CRYPTO-SEC-023


def key_of(bits):
    return RSA.generate(bits)  # ok: PYTHON-CRYPTO-SEC-023


def load_old_key(pem):
    return RSA.import_key(pem)  # ok: PYTHON-CRYPTO-SEC-023


def ec_key():
    return ECC.generate(curve="P-256")  # ok: PYTHON-CRYPTO-SEC-023


def dsa_key():
    return DSA.generate(3072)  # ok: PYTHON-CRYPTO-SEC-023
