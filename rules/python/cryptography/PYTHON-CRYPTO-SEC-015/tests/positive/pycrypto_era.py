"""PyCrypto-era code: the SHA module (an alias of SHA-1), and pycryptodomex spellings."""

import Cryptodome.Hash.SHA1
from Crypto.Hash import SHA
from Crypto.PublicKey import RSA
from Crypto.Signature import PKCS1_v1_5
from Cryptodome.Hash import SHA as LegacySHA


def sign_license(private_pem, license_bytes):
    key = RSA.importKey(private_pem)
    return PKCS1_v1_5.new(key).sign(SHA.new(license_bytes))  # expect: PYTHON-CRYPTO-SEC-015


def legacy_id(data):
    return LegacySHA.new(data).hexdigest()  # expect: PYTHON-CRYPTO-SEC-015


def dedupe_key(data):
    return Cryptodome.Hash.SHA1.new(data).hexdigest()  # expect: PYTHON-CRYPTO-SEC-015
