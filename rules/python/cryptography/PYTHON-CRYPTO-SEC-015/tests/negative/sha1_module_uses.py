"""SHA-1 given as a module to HMAC, PBKDF2, OAEP and TOTP-style code (no collision resistance needed), and SHA-2 digests."""

import hashlib
import hmac
import struct
import time

from Crypto.Cipher import PKCS1_OAEP
from Crypto.Hash import HMAC, SHA1, SHA256
from Crypto.Protocol.KDF import PBKDF2
from Crypto.Signature import pkcs1_15


def webhook_mac(secret, body):
    return HMAC.new(secret, body, digestmod=SHA1).hexdigest()  # ok: PYTHON-CRYPTO-SEC-015


def derive_key(password, salt):
    return PBKDF2(password, salt, 32, count=1_300_000, hmac_hash_module=SHA1)  # ok: PYTHON-CRYPTO-SEC-015


def oaep_for_java(public_key):
    return PKCS1_OAEP.new(public_key, hashAlgo=SHA1)  # ok: PYTHON-CRYPTO-SEC-015


def totp(secret, step=30):
    counter = struct.pack(">Q", int(time.time()) // step)
    mac = hmac.new(secret, counter, hashlib.sha1).digest()  # ok: PYTHON-CRYPTO-SEC-015
    offset = mac[-1] & 0x0F
    return (struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000


def sign(key, body):
    return pkcs1_15.new(key).sign(SHA256.new(body))  # ok: PYTHON-CRYPTO-SEC-015


def content_id(data):
    return SHA256.new(data).hexdigest()  # ok: PYTHON-CRYPTO-SEC-015


def sha1_digest_size():
    return SHA1.digest_size  # ok: PYTHON-CRYPTO-SEC-015


def git_blob_id(data):
    header = b"blob %d\0" % len(data)
    return hashlib.sha1(header + data, usedforsecurity=False).hexdigest()  # ok: PYTHON-CRYPTO-SEC-015
