"""Secrets encrypted with Fernet or AES-GCM; XOR appears only as byte arithmetic and in hmac.compare_digest."""

import hmac
import operator
from functools import reduce

from Crypto.Cipher import AES
from Crypto.Util.strxor import strxor
from cryptography.fernet import Fernet


def hide(key, value):
    return Fernet(key).encrypt(value.encode())  # ok: PYTHON-CRYPTO-SEC-006


def hide_aes(key, value):
    return AES.new(key, AES.MODE_GCM).encrypt_and_digest(value.encode())  # ok: PYTHON-CRYPTO-SEC-006


def combine_key_shares(share_a, share_b):
    # XOR secret sharing of two random, equal-length shares (one-time, not a repeating-key cipher).
    return strxor(share_a, share_b)  # ok: PYTHON-CRYPTO-SEC-006


def parity(data):
    return reduce(operator.xor, data, 0)  # ok: PYTHON-CRYPTO-SEC-006


def same_token(a, b):
    return hmac.compare_digest(a, b)  # ok: PYTHON-CRYPTO-SEC-006
