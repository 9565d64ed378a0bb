"""Decrypts legacy PKCS#12 bags exported by old Windows/Java keystores (RC2-40-CBC)."""

from Crypto.Cipher import ARC2
from Crypto.Util.Padding import unpad


def decrypt_bag(key, iv, data):
    cipher = ARC2.new(key, ARC2.MODE_CBC, iv, effective_keylen=40)  # expect: PYTHON-CRYPTO-SEC-004
    return unpad(cipher.decrypt(data), ARC2.block_size)


class Rc2Session:
    def __init__(self, key):
        self.key = key

    def encryptor(self, iv):
        return ARC2.new(key=self.key, mode=ARC2.MODE_CFB, iv=iv)  # expect: PYTHON-CRYPTO-SEC-004
