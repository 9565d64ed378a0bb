"""Digests for uploaded build artifacts, computed with pyca/cryptography's hash API."""

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes


def artifact_digest(path):
    digest = hashes.Hash(hashes.MD5(), backend=default_backend())  # expect: PYTHON-CRYPTO-SEC-010
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.finalize().hex()


class ManifestSigner:
    def __init__(self):
        self.algorithm = hashes.MD5()  # expect: PYTHON-CRYPTO-SEC-010

    def digest(self, manifest_bytes):
        h = hashes.Hash(self.algorithm)
        h.update(manifest_bytes)
        return h.finalize()


def sign_manifest(private_key, manifest_bytes):
    from cryptography.hazmat.primitives.asymmetric import padding

    return private_key.sign(manifest_bytes, padding.PKCS1v15(), hashes.MD5())  # expect: PYTHON-CRYPTO-SEC-010
