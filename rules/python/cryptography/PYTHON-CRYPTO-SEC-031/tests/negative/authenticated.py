"""Authenticated encryption only: AEAD classes, GCM, Fernet, and disk-sector XTS."""

import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESCCM, AESGCM, AESOCB3, AESSIV, ChaCha20Poly1305


def encrypt_file(key, plaintext):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)  # ok: PYTHON-CRYPTO-SEC-031


def encrypt_small(key, plaintext):
    nonce = os.urandom(13)
    return nonce + AESCCM(key, tag_length=16).encrypt(nonce, plaintext, None)  # ok: PYTHON-CRYPTO-SEC-031


def encrypt_ocb(key, plaintext):
    nonce = os.urandom(12)
    return nonce + AESOCB3(key).encrypt(nonce, plaintext, None)  # ok: PYTHON-CRYPTO-SEC-031


def encrypt_deterministic(key, plaintext):
    return AESSIV(key).encrypt(plaintext, [b"header"])  # ok: PYTHON-CRYPTO-SEC-031


def encrypt_mobile(key, plaintext):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, None)  # ok: PYTHON-CRYPTO-SEC-031


def encrypt_token(key, plaintext):
    # Fernet is AES-CBC plus HMAC-SHA256 (encrypt-then-MAC) inside the library.
    return Fernet(key).encrypt(plaintext)  # ok: PYTHON-CRYPTO-SEC-031


def gcm_stream(key, iv):
    return Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()  # ok: PYTHON-CRYPTO-SEC-031


def sector(key, tweak):
    return Cipher(algorithms.AES(key), modes.XTS(tweak)).encryptor()  # ok: PYTHON-CRYPTO-SEC-031


def is_cbc(cipher):
    return isinstance(cipher.mode, modes.CBC)  # ok: PYTHON-CRYPTO-SEC-031
