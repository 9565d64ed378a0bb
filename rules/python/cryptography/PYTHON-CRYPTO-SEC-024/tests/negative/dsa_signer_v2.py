"""Firmware signing after the review: 2048/3072-bit DSA, or ECDSA/EdDSA keys."""

from Crypto.PublicKey import DSA, ECC, RSA

DSA_BITS = 3072


def firmware_key():
    return DSA.generate(DSA_BITS)  # ok: PYTHON-CRYPTO-SEC-024


def compatible_key():
    return DSA.generate(bits=2048)  # ok: PYTHON-CRYPTO-SEC-024


def key_of(bits):
    return DSA.generate(bits)  # ok: PYTHON-CRYPTO-SEC-024


def load_key(pem):
    return DSA.import_key(pem)  # ok: PYTHON-CRYPTO-SEC-024


def ecdsa_key():
    return ECC.generate(curve="P-384")  # ok: PYTHON-CRYPTO-SEC-024


def eddsa_key():
    return ECC.generate(curve="Ed25519")  # ok: PYTHON-CRYPTO-SEC-024


def rsa_key():
    return RSA.generate(3072)  # ok: PYTHON-CRYPTO-SEC-024
