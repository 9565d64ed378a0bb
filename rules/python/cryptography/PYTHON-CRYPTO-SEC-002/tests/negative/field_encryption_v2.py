"""Version 2 of the encrypted fields: AES and Camellia with GCM or Fernet; Blowfish only mentioned, never built."""

import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from passlib.hash import bcrypt

SUPPORTED = {"aes": algorithms.AES}
RETIRED = ("Blowfish", "CAST5", "IDEA")


def encrypt_field(key, value):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, value.encode(), None)  # ok: PYTHON-CRYPTO-SEC-002


def encrypt_token(key, value):
    return Fernet(key).encrypt(value.encode())  # ok: PYTHON-CRYPTO-SEC-002


def camellia_gcm(key, iv):
    return Cipher(algorithms.Camellia(key), modes.GCM(iv)).encryptor()  # ok: PYTHON-CRYPTO-SEC-002


def hash_password(password):
    # bcrypt is built on the Blowfish key schedule, but it is a password hash, not a cipher.
    return bcrypt.hash(password)  # ok: PYTHON-CRYPTO-SEC-002


def is_retired(cipher):
    return type(cipher.algorithm).__name__ in RETIRED or cipher.algorithm.name == "Blowfish"  # ok: PYTHON-CRYPTO-SEC-002
