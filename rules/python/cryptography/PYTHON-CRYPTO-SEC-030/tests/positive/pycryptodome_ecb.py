"""ECB through PyCryptodome/pycryptodomex, legacy PyCrypto defaults and pyDes."""

import pyDes
from Crypto.Cipher import AES, DES3
from Crypto.Cipher.AES import MODE_ECB
from Cryptodome.Cipher import AES as AESX
from Crypto.Util.Padding import pad

KEY = b"0123456789abcdef"
CARD_MODE = AES.MODE_ECB


def encrypt_card_number(pan):
    cipher = AES.new(KEY, AES.MODE_ECB)  # expect: PYTHON-CRYPTO-SEC-030
    return cipher.encrypt(pad(pan.encode(), 16))


def encrypt_card_number_keywords(pan):
    cipher = AES.new(key=KEY, mode=CARD_MODE)  # expect: PYTHON-CRYPTO-SEC-030
    return cipher.encrypt(pad(pan.encode(), 16))


def cryptodomex_ecb():
    return AESX.new(KEY, AESX.MODE_ECB)  # expect: PYTHON-CRYPTO-SEC-030


def imported_constant():
    return AES.new(KEY, MODE_ECB)  # expect: PYTHON-CRYPTO-SEC-030


def tdes_ecb(key):
    return DES3.new(key, DES3.MODE_ECB)  # expect: PYTHON-CRYPTO-SEC-030


def pycrypto_default_mode():
    # PyCrypto 2.x: no mode means ECB.
    return AES.new(KEY)  # expect: PYTHON-CRYPTO-SEC-030


def pydes_explicit(key):
    return pyDes.triple_des(key, pyDes.ECB, padmode=pyDes.PAD_PKCS5)  # expect: PYTHON-CRYPTO-SEC-030


def pydes_default(key):
    return pyDes.des(key)  # expect: PYTHON-CRYPTO-SEC-030
