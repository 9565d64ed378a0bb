"""DES through pycryptodomex and through the pure-Python pyDes package."""

import pyDes
from Cryptodome.Cipher import DES as CDES
from pyDes import CBC, PAD_PKCS5, des

KEY = b"DESCRYPT"
IV = b"\0\0\0\0\0\0\0\0"


def cryptodomex_des(key):
    return CDES.new(key, CDES.MODE_OFB)  # expect: PYTHON-CRYPTO-SEC-005


def pydes_module():
    return pyDes.des(KEY, pyDes.CBC, IV, pad=None, padmode=pyDes.PAD_PKCS5)  # expect: PYTHON-CRYPTO-SEC-005


def pydes_direct(data):
    k = des(KEY, CBC, IV, padmode=PAD_PKCS5)  # expect: PYTHON-CRYPTO-SEC-005
    return k.encrypt(data)
