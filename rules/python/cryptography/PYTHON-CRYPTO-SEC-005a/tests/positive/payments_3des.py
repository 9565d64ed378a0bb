"""Payment HSM emulator: 3DES key blocks and MACs."""

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def new_zone_key():
    while True:
        try:
            return DES3.adjust_key_parity(get_random_bytes(24))
        except ValueError:
            continue


def encrypt_key_block(zmk, key_block):
    cipher = DES3.new(zmk, DES3.MODE_CBC, iv=bytes(8))  # expect: PYTHON-CRYPTO-SEC-005a
    return cipher.encrypt(pad(key_block, 8))


class ZoneCipher:
    def __init__(self, key):
        self._cipher = DES3.new(key, mode=DES3.MODE_EAX)  # expect: PYTHON-CRYPTO-SEC-005a

    def seal(self, data):
        return self._cipher.encrypt_and_digest(data)
