"""One-off migration script for the old config vault (PyCrypto era code, kept running on pycryptodomex)."""

import base64
import sys

import Crypto.Cipher.ARC4
from Cryptodome.Cipher import ARC4 as RC4
from Cryptodome.Cipher.ARC4 import new as rc4_new

VAULT_KEY = b"vault-master-key"


def decrypt_value(token):
    raw = base64.b64decode(token)
    return RC4.new(VAULT_KEY).decrypt(raw)  # expect: PYTHON-CRYPTO-SEC-001a


def encrypt_value(value):
    cipher = rc4_new(VAULT_KEY)  # expect: PYTHON-CRYPTO-SEC-001a
    return base64.b64encode(cipher.encrypt(value.encode()))


if __name__ == "__main__":
    legacy = Crypto.Cipher.ARC4.new(sys.argv[1].encode())  # expect: PYTHON-CRYPTO-SEC-001a
    print(legacy.decrypt(base64.b64decode(sys.argv[2])))
