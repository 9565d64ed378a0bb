"""Signing keys after the review: 2048/3072-bit DSA where DSA is required, Ed25519 elsewhere."""

from cryptography.hazmat.primitives.asymmetric import dsa, ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DSA_BITS = 3072


def appliance_key():
    return dsa.generate_private_key(key_size=DSA_BITS)  # ok: PYTHON-CRYPTO-SEC-021


def appliance_key_2048():
    return dsa.generate_private_key(2048)  # ok: PYTHON-CRYPTO-SEC-021


def shared_parameters():
    return dsa.generate_parameters(key_size=3072)  # ok: PYTHON-CRYPTO-SEC-021


def shared_parameters_positional():
    return dsa.generate_parameters(2048)  # ok: PYTHON-CRYPTO-SEC-021


def key_of_size(bits):
    return dsa.generate_private_key(key_size=bits)  # ok: PYTHON-CRYPTO-SEC-021


def modern_key():
    return Ed25519PrivateKey.generate()  # ok: PYTHON-CRYPTO-SEC-021


def ec_key():
    return ec.generate_private_key(ec.SECP384R1())  # ok: PYTHON-CRYPTO-SEC-021
