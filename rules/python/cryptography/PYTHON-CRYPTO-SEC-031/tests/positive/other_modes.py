"""OFB, CFB8 and bare ChaCha20, with direct imports of the mode classes."""

import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers.algorithms import ChaCha20
from cryptography.hazmat.primitives.ciphers.modes import CFB8, OFB

SERIAL_LINK_KEY = os.urandom(32)


def serial_link(iv):
    return Cipher(algorithms.AES(SERIAL_LINK_KEY), OFB(iv))  # expect: PYTHON-CRYPTO-SEC-031


def byte_stream(iv):
    return Cipher(algorithms.AES(SERIAL_LINK_KEY), CFB8(iv))  # expect: PYTHON-CRYPTO-SEC-031


def chacha_stream(nonce16):
    return Cipher(ChaCha20(SERIAL_LINK_KEY, nonce16), mode=None).encryptor()  # expect: PYTHON-CRYPTO-SEC-031
