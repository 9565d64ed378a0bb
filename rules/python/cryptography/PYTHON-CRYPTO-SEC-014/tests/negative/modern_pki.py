"""Current PKI code: SHA-256/384 digests for signatures; MD2 only appears in an OID table."""

from Crypto.Hash import SHA256, SHA384
from Crypto.Signature import DSS, pkcs1_15

REJECTED_SIGNATURE_OIDS = {"1.2.840.113549.1.1.2": "md2WithRSAEncryption"}


def verify_cert(issuer_key, tbs_bytes, signature):
    pkcs1_15.new(issuer_key).verify(SHA256.new(tbs_bytes), signature)  # ok: PYTHON-CRYPTO-SEC-014


def verify_ec_cert(issuer_key, tbs_bytes, signature):
    DSS.new(issuer_key, "fips-186-3").verify(SHA384.new(tbs_bytes), signature)  # ok: PYTHON-CRYPTO-SEC-014


def is_rejected(oid):
    return REJECTED_SIGNATURE_OIDS.get(oid) is not None  # ok: PYTHON-CRYPTO-SEC-014


def record_id(data):
    return SHA256.new(data=data).hexdigest()  # ok: PYTHON-CRYPTO-SEC-014
