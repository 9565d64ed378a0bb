"""Provisioning after the key-size review: 2048 minimum, 3072 by default, configurable upwards."""

import os

from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DEFAULT_BITS = 3072
MIN_BITS = 2048


def device_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=DEFAULT_BITS)  # ok: PYTHON-CRYPTO-SEC-020


def minimum_key():
    return rsa.generate_private_key(65537, 2048)  # ok: PYTHON-CRYPTO-SEC-020


def archival_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)  # ok: PYTHON-CRYPTO-SEC-020


def configured_key():
    bits = max(MIN_BITS, int(os.environ.get("RSA_BITS", DEFAULT_BITS)))
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)  # ok: PYTHON-CRYPTO-SEC-020


def key_for(size):
    return rsa.generate_private_key(public_exponent=65537, key_size=size)  # ok: PYTHON-CRYPTO-SEC-020


def ec_key():
    return ec.generate_private_key(ec.SECP256R1())  # ok: PYTHON-CRYPTO-SEC-020


def signing_key():
    return Ed25519PrivateKey.generate()  # ok: PYTHON-CRYPTO-SEC-020


def check_public_key(public_key):
    if public_key.key_size < 2048:
        raise ValueError("RSA keys below 2048 bits are rejected")
    return rsa.RSAPublicNumbers(65537, public_key.public_numbers().n)  # ok: PYTHON-CRYPTO-SEC-020
