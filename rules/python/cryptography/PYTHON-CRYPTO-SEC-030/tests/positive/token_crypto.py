"""Encrypts user ids into URL tokens. ECB was chosen because "there is no IV to store"."""

import base64

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

TOKEN_KEY = bytes(range(32))


def encrypt_user_id(user_id):
    padder = padding.PKCS7(128).padder()
    data = padder.update(str(user_id).encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(TOKEN_KEY), modes.ECB()).encryptor()  # expect: PYTHON-CRYPTO-SEC-030
    return base64.urlsafe_b64encode(enc.update(data) + enc.finalize())


class ImageEncryptor:
    def __init__(self, key):
        self.cipher = Cipher(
            algorithms.AES(key),
            modes.ECB(),  # expect: PYTHON-CRYPTO-SEC-030
        )

    def encrypt_pixels(self, pixels):
        enc = self.cipher.encryptor()
        return enc.update(pixels) + enc.finalize()
