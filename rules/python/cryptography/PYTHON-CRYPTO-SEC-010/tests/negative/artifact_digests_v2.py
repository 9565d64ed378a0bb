"""Artifact digests after the SHA-256 migration; MD5 is only named, compared or explicitly non-security."""

import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.hmac import HMAC

WEAK_ALGORITHMS = ("md5", "sha1")


def artifact_digest(data):
    digest = hashes.Hash(hashes.SHA256())  # ok: PYTHON-CRYPTO-SEC-010
    digest.update(data)
    return digest.finalize().hex()


def artifact_digest_sha3(data):
    digest = hashes.Hash(hashes.SHA3_256())  # ok: PYTHON-CRYPTO-SEC-010
    digest.update(data)
    return digest.finalize().hex()


def fast_digest(data):
    digest = hashes.Hash(hashes.BLAKE2b(64))  # ok: PYTHON-CRYPTO-SEC-010
    digest.update(data)
    return digest.finalize()


def sign_manifest(private_key, manifest_bytes):
    return private_key.sign(  # ok: PYTHON-CRYPTO-SEC-010
        manifest_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def mac(key, message):
    h = HMAC(key, hashes.SHA512_256())  # ok: PYTHON-CRYPTO-SEC-010
    h.update(message)
    return h.finalize()


def s3_content_md5(body):
    # Required by the S3 API as a transfer checksum; declared non-security.
    return hashlib.md5(body, usedforsecurity=False).digest()  # ok: PYTHON-CRYPTO-SEC-010


def is_weak(algorithm):
    return isinstance(algorithm, hashes.MD5) or algorithm.name in WEAK_ALGORITHMS  # ok: PYTHON-CRYPTO-SEC-010
