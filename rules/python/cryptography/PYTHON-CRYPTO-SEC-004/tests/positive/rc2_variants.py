"""RC2 from pycryptodomex and from cryptography's decrepit package."""

import Cryptodome.Cipher.ARC2 as rc2
from cryptography.hazmat.decrepit.ciphers.algorithms import RC2
from cryptography.hazmat.primitives.ciphers import Cipher, modes

DEFAULT_KEY = b"sixteen byte key"


def cryptodomex_cipher(iv):
    return rc2.new(DEFAULT_KEY, rc2.MODE_OFB, iv)  # expect: PYTHON-CRYPTO-SEC-004


def decrepit_cipher(iv):
    return Cipher(RC2(DEFAULT_KEY), modes.CBC(iv))  # expect: PYTHON-CRYPTO-SEC-004
