"""EC keys on curves with at least 112-bit security in all three libraries."""

import ecdsa
from Crypto.PublicKey import ECC
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from ecdsa import NIST256p, SECP256k1, SigningKey

SERVICE_CURVE = "P-256"


def service_key():
    return ec.generate_private_key(ec.SECP256R1())  # ok: PYTHON-CRYPTO-SEC-022


def ca_key():
    return ec.generate_private_key(curve=ec.SECP384R1())  # ok: PYTHON-CRYPTO-SEC-022


def brainpool_key():
    return ec.generate_private_key(ec.BrainpoolP256R1())  # ok: PYTHON-CRYPTO-SEC-022


def derived_key(scalar):
    return ec.derive_private_key(scalar, ec.SECP521R1())  # ok: PYTHON-CRYPTO-SEC-022


def configured_key(curve):
    return ec.generate_private_key(curve)  # ok: PYTHON-CRYPTO-SEC-022


def exchange_key():
    return X25519PrivateKey.generate()  # ok: PYTHON-CRYPTO-SEC-022


def pycryptodome_key():
    return ECC.generate(curve=SERVICE_CURVE)  # ok: PYTHON-CRYPTO-SEC-022


def pycryptodome_ed25519():
    return ECC.generate(curve="Ed25519")  # ok: PYTHON-CRYPTO-SEC-022


def bitcoin_key():
    return SigningKey.generate(curve=SECP256k1)  # ok: PYTHON-CRYPTO-SEC-022


def ecdsa_p256():
    return ecdsa.SigningKey.generate(NIST256p)  # ok: PYTHON-CRYPTO-SEC-022


def ecdsa_from_settings(settings):
    return SigningKey.generate(**settings)  # ok: PYTHON-CRYPTO-SEC-022


def reject_weak(private_key):
    if private_key.curve.key_size < 224:
        raise ValueError(f"curve {private_key.curve.name} is too weak")  # ok: PYTHON-CRYPTO-SEC-022
    return private_key
