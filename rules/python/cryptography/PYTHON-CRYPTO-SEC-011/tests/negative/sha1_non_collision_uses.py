"""SHA-1 where collision resistance is not needed: HMAC, KDFs, OAEP/MGF1, OTP, fingerprints, OCSP CertIDs."""

import os

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.hmac import HMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.twofactor.totp import TOTP
from cryptography.x509 import ocsp


def webhook_signature(secret, body):
    mac = HMAC(secret, hashes.SHA1())  # ok: PYTHON-CRYPTO-SEC-011
    mac.update(body)
    return mac.finalize().hex()


def derive_legacy_key(password, salt):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA1(), length=32, salt=salt, iterations=1_300_000)  # ok: PYTHON-CRYPTO-SEC-011
    return kdf.derive(password)


def expand(secret, info):
    return HKDF(algorithm=hashes.SHA1(), length=32, salt=None, info=info).derive(secret)  # ok: PYTHON-CRYPTO-SEC-011


def wrap_for_java_client(public_key, session_key):
    return public_key.encrypt(  # ok: PYTHON-CRYPTO-SEC-011
        session_key,
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None),
    )


def unwrap_from_java_client(private_key, blob):
    return private_key.decrypt(  # ok: PYTHON-CRYPTO-SEC-011
        blob,
        padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None),
    )


def authenticator(seed):
    return TOTP(seed, 6, hashes.SHA1(), 30)  # ok: PYTHON-CRYPTO-SEC-011


def thumbprint(cert_pem):
    cert = x509.load_pem_x509_certificate(cert_pem)
    return cert.fingerprint(hashes.SHA1()).hex()  # ok: PYTHON-CRYPTO-SEC-011


def ocsp_request(cert, issuer):
    builder = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA1())  # ok: PYTHON-CRYPTO-SEC-011
    return builder.build()


def manifest_digest(manifest):
    digest = hashes.Hash(hashes.SHA256())  # ok: PYTHON-CRYPTO-SEC-011
    digest.update(manifest)
    return digest.finalize()


def sign_manifest(private_key, manifest):
    return private_key.sign(manifest, padding.PKCS1v15(), hashes.SHA256())  # ok: PYTHON-CRYPTO-SEC-011


def sign_manifest_ec(private_key, manifest):
    return private_key.sign(manifest, ec.ECDSA(hashes.SHA384()))  # ok: PYTHON-CRYPTO-SEC-011


def nonce():
    return os.urandom(16)
