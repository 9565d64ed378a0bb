"""The rewritten vault: AES-GCM and ChaCha20-Poly1305 from PyCryptodome, plus hashing helpers named new()."""

import hashlib
import hmac

from Crypto.Cipher import AES, ChaCha20_Poly1305
from Crypto.Hash import SHA256
from Crypto.Random import get_random_bytes


def seal(key, plaintext):
    cipher = AES.new(key, AES.MODE_GCM)  # ok: PYTHON-CRYPTO-SEC-001a
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return cipher.nonce + tag + ciphertext


def seal_eax(key, plaintext):
    cipher = AES.new(key, AES.MODE_EAX, nonce=get_random_bytes(16))  # ok: PYTHON-CRYPTO-SEC-001a
    return cipher.encrypt_and_digest(plaintext)


def seal_mobile(key, plaintext):
    cipher = ChaCha20_Poly1305.new(key=key)  # ok: PYTHON-CRYPTO-SEC-001a
    return cipher.nonce, cipher.encrypt_and_digest(plaintext)


def fingerprint(data):
    return SHA256.new(data).hexdigest()  # ok: PYTHON-CRYPTO-SEC-001a


def sign(key, data):
    return hmac.new(key, data, hashlib.sha256).hexdigest()  # ok: PYTHON-CRYPTO-SEC-001a


def checksum(data):
    return hashlib.new("sha256", data).hexdigest()  # ok: PYTHON-CRYPTO-SEC-001a
