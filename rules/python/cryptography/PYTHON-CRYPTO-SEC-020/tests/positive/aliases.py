"""The same call through module aliases and a direct import."""

import cryptography.hazmat.primitives.asymmetric.rsa as rsa_keys
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key as make_rsa_key

SMALL = 768 + 256


def export_grade():
    return make_rsa_key(public_exponent=3, key_size=512)  # expect: PYTHON-CRYPTO-SEC-020


def folded_constant():
    return rsa_keys.generate_private_key(public_exponent=65537, key_size=SMALL)  # expect: PYTHON-CRYPTO-SEC-020
