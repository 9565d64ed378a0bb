"""Encrypts user profile blobs with PyCryptodome AES-CBC; ciphertexts come back from the client."""

from base64 import b64decode, b64encode

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def encrypt_profile(key, data):
    cipher = AES.new(key, AES.MODE_CBC)  # expect: PYTHON-CRYPTO-SEC-032
    return b64encode(cipher.iv + cipher.encrypt(pad(data, AES.block_size)))


def decrypt_profile(key, token):
    raw = b64decode(token)
    cipher = AES.new(key, AES.MODE_CBC, iv=raw[:16])  # expect: PYTHON-CRYPTO-SEC-032
    # A padding error here is reported to the client: a textbook padding oracle.
    return unpad(cipher.decrypt(raw[16:]), AES.block_size)


class CounterStream:
    MODE = AES.MODE_CTR

    def __init__(self, key):
        self.key = key
        self.mode = AES.MODE_CTR

    def encryptor(self):
        return AES.new(self.key, self.mode, nonce=get_random_bytes(8))  # expect: PYTHON-CRYPTO-SEC-032

    def encryptor_from_class_constant(self):
        # Class attributes read through self are not followed by the engine yet.
        return AES.new(self.key, self.MODE, nonce=get_random_bytes(8))  # todoruleid: PYTHON-CRYPTO-SEC-032
