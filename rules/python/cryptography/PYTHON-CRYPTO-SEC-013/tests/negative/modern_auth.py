"""Proxy authentication after the migration: Kerberos via a library, SHA-256 checksums, BLAKE2 block hashes."""

import hashlib

from Crypto.Hash import BLAKE2s, SHA256, SHA512
from Crypto.Protocol.KDF import scrypt


def password_verifier(password, salt):
    return scrypt(password, salt, 32, N=2**15, r=8, p=1)  # ok: PYTHON-CRYPTO-SEC-013


def block_checksum(block, seed):
    return BLAKE2s.new(data=seed + block, digest_bits=128).digest()  # ok: PYTHON-CRYPTO-SEC-013


def file_checksum(data):
    return SHA256.new(data).hexdigest()  # ok: PYTHON-CRYPTO-SEC-013


def manifest_checksum(data):
    return SHA512.new(data, truncate="256").hexdigest()  # ok: PYTHON-CRYPTO-SEC-013


def stdlib_checksum(data):
    return hashlib.sha256(data).hexdigest()  # ok: PYTHON-CRYPTO-SEC-013
