"""License-key codec shared with the C++ client, which only speaks Blowfish-CBC."""

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

BS = Blowfish.block_size


def encrypt_license(key, text):
    iv = get_random_bytes(BS)
    cipher = Blowfish.new(key, Blowfish.MODE_CBC, iv)  # expect: PYTHON-CRYPTO-SEC-002a
    return iv + cipher.encrypt(pad(text.encode(), BS))


def decrypt_license(key, blob):
    cipher = Blowfish.new(key=key, mode=Blowfish.MODE_CBC, iv=blob[:BS])  # expect: PYTHON-CRYPTO-SEC-002a
    return unpad(cipher.decrypt(blob[BS:]), BS).decode()


class ReplayCache:
    def __init__(self, key):
        self.cipher = Blowfish.new(key, Blowfish.MODE_ECB)  # expect: PYTHON-CRYPTO-SEC-002a

    def token(self, counter):
        return self.cipher.encrypt(counter.to_bytes(8, "big"))
