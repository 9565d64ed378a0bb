"""Encrypted model fields, compatible with rows written by the old pgcrypto-based implementation."""

import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHERS = {"aes": algorithms.AES, "bf": algorithms.Blowfish}


class EncryptedField:
    def __init__(self, key, cipher_name="bf"):
        self.key = key
        self.cipher_name = cipher_name

    def _cipher(self, iv):
        if self.cipher_name == "bf":
            algorithm = algorithms.Blowfish(self.key)  # expect: PYTHON-CRYPTO-SEC-002
        else:
            algorithm = algorithms.AES(self.key)
        return Cipher(algorithm, modes.CBC(iv))

    def encrypt(self, value):
        iv = os.urandom(8)
        padder = padding.PKCS7(64).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = self._cipher(iv).encryptor()
        return iv + enc.update(data) + enc.finalize()


def blowfish_cfb(key, iv):
    return Cipher(algorithms.Blowfish(key=key), modes.CFB(iv)).decryptor()  # expect: PYTHON-CRYPTO-SEC-002
