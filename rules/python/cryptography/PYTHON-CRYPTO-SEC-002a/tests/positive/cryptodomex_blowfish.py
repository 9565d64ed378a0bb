"""Same codec, vendored for a deployment that installs pycryptodomex."""

import Cryptodome.Cipher.Blowfish as BF
from Cryptodome.Cipher.Blowfish import new as blowfish_new

SHARED_KEY = b"client-shared-key"


def stream(iv):
    return BF.new(SHARED_KEY, BF.MODE_CFB, iv)  # expect: PYTHON-CRYPTO-SEC-002a


def counter_mode(nonce):
    return blowfish_new(SHARED_KEY, BF.MODE_CTR, nonce=nonce)  # expect: PYTHON-CRYPTO-SEC-002a
