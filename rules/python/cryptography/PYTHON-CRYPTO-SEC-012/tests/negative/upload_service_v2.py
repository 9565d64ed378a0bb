"""Upload service after the migration: SHA-256/BLAKE2 object ids and HMAC-SHA256 tokens."""

import hashlib

from Crypto.Hash import BLAKE2b, HMAC, SHA256, SHA3_256
from Crypto.PublicKey import RSA
from Crypto.Signature import pss


def blob_id(data):
    return SHA256.new(data).hexdigest()  # ok: PYTHON-CRYPTO-SEC-012


def fast_blob_id(data):
    return BLAKE2b.new(data=data, digest_bits=256).hexdigest()  # ok: PYTHON-CRYPTO-SEC-012


def sha3_id(data):
    return SHA3_256.new(data).hexdigest()  # ok: PYTHON-CRYPTO-SEC-012


def token_mac(secret, token):
    return HMAC.new(secret, token, digestmod=SHA256).hexdigest()  # ok: PYTHON-CRYPTO-SEC-012


def sign_token(private_pem, token):
    key = RSA.import_key(private_pem)
    return pss.new(key).sign(SHA256.new(token))  # ok: PYTHON-CRYPTO-SEC-012


def s3_content_md5(body):
    return hashlib.md5(body, usedforsecurity=False).digest()  # ok: PYTHON-CRYPTO-SEC-012
