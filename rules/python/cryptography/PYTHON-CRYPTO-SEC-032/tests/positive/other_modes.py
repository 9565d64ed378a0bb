"""CFB, OFB, OpenPGP and bare stream ciphers, through pycryptodomex and keyword arguments."""

from Crypto.Cipher import AES, ChaCha20, Salsa20
from Crypto.Cipher.AES import MODE_OFB
from Cryptodome.Cipher import AES as AESX

LINK_KEY = b"k" * 32


def cfb(iv):
    return AESX.new(LINK_KEY, AESX.MODE_CFB, iv=iv, segment_size=128)  # expect: PYTHON-CRYPTO-SEC-032


def ofb(iv):
    return AES.new(key=LINK_KEY, mode=MODE_OFB, iv=iv)  # expect: PYTHON-CRYPTO-SEC-032


def openpgp(iv):
    return AES.new(LINK_KEY, AES.MODE_OPENPGP, iv)  # expect: PYTHON-CRYPTO-SEC-032


def chacha(nonce):
    return ChaCha20.new(key=LINK_KEY, nonce=nonce)  # expect: PYTHON-CRYPTO-SEC-032


def salsa():
    return Salsa20.new(key=LINK_KEY)  # expect: PYTHON-CRYPTO-SEC-032
