"""Signs and verifies firmware manifests for devices that only understand SHA-1 signatures."""

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, utils


def manifest_digest(manifest):
    digest = hashes.Hash(hashes.SHA1())  # expect: PYTHON-CRYPTO-SEC-011
    digest.update(manifest)
    return digest.finalize()


def sign_manifest(private_key, manifest):
    return private_key.sign(manifest, padding.PKCS1v15(), hashes.SHA1())  # expect: PYTHON-CRYPTO-SEC-011


def verify_manifest(public_key, signature, manifest):
    public_key.verify(  # expect: PYTHON-CRYPTO-SEC-011
        signature,
        manifest,
        padding.PSS(mgf=padding.MGF1(hashes.SHA1()), salt_length=20),
        hashes.SHA1(),
    )


def sign_manifest_ec(private_key, manifest):
    return private_key.sign(manifest, ec.ECDSA(hashes.SHA1()))  # expect: PYTHON-CRYPTO-SEC-011


def sign_precomputed(private_key, sha1_digest):
    return private_key.sign(sha1_digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA1()))  # expect: PYTHON-CRYPTO-SEC-011


class DsaSigner:
    def __init__(self, key):
        self.key = key

    def sign(self, blob):
        return self.key.sign(blob, hashes.SHA1())  # expect: PYTHON-CRYPTO-SEC-011


def digest_through_variable(manifest):
    algorithm = hashes.SHA1()
    # The algorithm object reaches Hash() through a variable; argument types are not tracked yet.
    digest = hashes.Hash(algorithm)  # todoruleid: PYTHON-CRYPTO-SEC-011
    digest.update(manifest)
    return digest.finalize()
