"""The current session format: AES-GCM and ChaCha20-Poly1305 only. RC4 appears only in type checks."""

import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def seal(key, plaintext, associated=b""):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)  # ok: PYTHON-CRYPTO-SEC-001


def seal_mobile(key, plaintext):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, None)  # ok: PYTHON-CRYPTO-SEC-001


def gcm_stream(key, iv):
    return Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()  # ok: PYTHON-CRYPTO-SEC-001


def aes256(key):
    return algorithms.AES256(key)  # ok: PYTHON-CRYPTO-SEC-001


def reject_legacy(cipher):
    if isinstance(cipher.algorithm, algorithms.ARC4):  # ok: PYTHON-CRYPTO-SEC-001
        raise ValueError("RC4 sessions are no longer accepted")
    return cipher


def algorithm_label(cipher):
    return getattr(cipher.algorithm, "name", "unknown")  # ok: PYTHON-CRYPTO-SEC-001
