"""Loads PKCS#12 files through the library (which handles legacy bags itself) and writes AES-256 bags."""

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12


def load_keystore(data, password):
    return pkcs12.load_key_and_certificates(data, password)  # ok: PYTHON-CRYPTO-SEC-004


def export_keystore(key, cert, password):
    return pkcs12.serialize_key_and_certificates(  # ok: PYTHON-CRYPTO-SEC-004
        b"service", key, cert, None, BestAvailableEncryption(password)
    )


def wrap_bag(key, data):
    cipher = AES.new(key, AES.MODE_EAX)  # ok: PYTHON-CRYPTO-SEC-004
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def seal(key, data):
    cipher = AES.new(key, AES.MODE_SIV)  # ok: PYTHON-CRYPTO-SEC-004
    return cipher.encrypt_and_digest(data)
