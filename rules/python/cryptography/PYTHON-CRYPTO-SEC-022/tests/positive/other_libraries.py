"""Weak curves through PyCryptodome and python-ecdsa (whose default curve is NIST P-192)."""

import ecdsa
from Crypto.PublicKey import ECC
from Cryptodome.PublicKey import ECC as ECCX
from ecdsa import NIST192p, SECP160r1, SigningKey

SENSOR_CURVE = "P-192"


def sensor_key():
    return ECC.generate(curve=SENSOR_CURVE)  # expect: PYTHON-CRYPTO-SEC-022


def sensor_key_openssl_name():
    return ECCX.generate(curve="prime192v1")  # expect: PYTHON-CRYPTO-SEC-022


def signing_key_default_curve():
    return SigningKey.generate()  # expect: PYTHON-CRYPTO-SEC-022


def signing_key_explicit():
    return SigningKey.generate(curve=NIST192p)  # expect: PYTHON-CRYPTO-SEC-022


def tiny_key():
    return ecdsa.SigningKey.generate(SECP160r1)  # expect: PYTHON-CRYPTO-SEC-022


def brainpool_key():
    return ecdsa.SigningKey.generate(curve=ecdsa.BRAINPOOLP160r1)  # expect: PYTHON-CRYPTO-SEC-022
