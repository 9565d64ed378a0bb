"""pycryptodomex and direct-import spellings."""

import Crypto.PublicKey.DSA
from Cryptodome.PublicKey import DSA as DSAX
from Cryptodome.PublicKey.DSA import generate as dsa_generate


def device_key():
    return DSAX.generate(1024)  # expect: PYTHON-CRYPTO-SEC-024


def session_key():
    return dsa_generate(bits=1024)  # expect: PYTHON-CRYPTO-SEC-024


def legacy_key():
    return Crypto.PublicKey.DSA.generate(1024)  # expect: PYTHON-CRYPTO-SEC-024
