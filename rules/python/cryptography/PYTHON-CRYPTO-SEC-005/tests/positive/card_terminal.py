"""PIN-block handling for an old card terminal that still uses single DES."""

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

TERMINAL_KEY = bytes.fromhex("0123456789abcdef")


def encrypt_pin_block(pin_block):
    cipher = DES.new(TERMINAL_KEY, DES.MODE_ECB)  # expect: PYTHON-CRYPTO-SEC-005
    return cipher.encrypt(pin_block)


def encrypt_message(key, iv, message):
    cipher = DES.new(key, DES.MODE_CBC, iv=iv)  # expect: PYTHON-CRYPTO-SEC-005
    return cipher.encrypt(pad(message, DES.block_size))


class TerminalSession:
    def __init__(self, key):
        self.key = key

    def decrypt(self, iv, blob):
        cipher = DES.new(key=self.key, mode=DES.MODE_CBC, iv=iv)  # expect: PYTHON-CRYPTO-SEC-005
        return unpad(cipher.decrypt(blob), DES.block_size)
