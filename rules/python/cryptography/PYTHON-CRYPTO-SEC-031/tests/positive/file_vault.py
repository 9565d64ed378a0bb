"""Encrypts files at rest with AES-CBC and PKCS7 padding; no MAC is stored alongside."""

import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_file(key, plaintext):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()  # expect: PYTHON-CRYPTO-SEC-031
    return iv + enc.update(padded) + enc.finalize()


def decrypt_file(key, blob):
    dec = Cipher(algorithms.AES(key), modes.CBC(blob[:16])).decryptor()  # expect: PYTHON-CRYPTO-SEC-031
    padded = dec.update(blob[16:]) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


class StreamingVault:
    def __init__(self, key):
        self.key = key

    def ctr_encryptor(self, nonce):
        return Cipher(algorithms.AES(self.key), modes.CTR(nonce)).encryptor()  # expect: PYTHON-CRYPTO-SEC-031

    def cfb_encryptor(self, iv):
        return Cipher(algorithms.AES(self.key), mode=modes.CFB(initialization_vector=iv)).encryptor()  # expect: PYTHON-CRYPTO-SEC-031
