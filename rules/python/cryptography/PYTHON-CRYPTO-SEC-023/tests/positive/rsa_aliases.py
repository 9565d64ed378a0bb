"""pycryptodomex and module-path spellings."""

import Crypto.PublicKey.RSA
from Cryptodome.PublicKey import RSA as RSAX
from Cryptodome.PublicKey.RSA import generate as rsa_generate


def device_key():
    return RSAX.generate(1024)  # expect: PYTHON-CRYPTO-SEC-023


def session_key():
    return rsa_generate(bits=1024)  # expect: PYTHON-CRYPTO-SEC-023


def test_key():
    return Crypto.PublicKey.RSA.generate(1024)  # expect: PYTHON-CRYPTO-SEC-023
