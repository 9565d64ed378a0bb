"""The AES migration of the HSM emulator; 3DES helpers that build no cipher."""

import os

from Crypto.Cipher import AES, DES3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.keywrap import aes_key_wrap

TDES_KEY_LENGTHS = (16, 24)


def fix_parity(key):
    return DES3.adjust_key_parity(key)  # ok: PYTHON-CRYPTO-SEC-005a


def encrypt_key_block(kek, key_block):
    return aes_key_wrap(kek, key_block)  # ok: PYTHON-CRYPTO-SEC-005a


def seal(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)  # ok: PYTHON-CRYPTO-SEC-005a


def seal_pycryptodome(key, data):
    return AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-005a


def aes_gcm_stream(key, iv):
    return Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()  # ok: PYTHON-CRYPTO-SEC-005a


def is_tdes_key(key):
    return len(key) in TDES_KEY_LENGTHS  # ok: PYTHON-CRYPTO-SEC-005a


def is_tdes(cipher):
    return isinstance(cipher.algorithm, algorithms.TripleDES)  # ok: PYTHON-CRYPTO-SEC-005a
