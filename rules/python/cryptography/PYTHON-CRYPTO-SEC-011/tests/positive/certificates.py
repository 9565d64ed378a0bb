"""Test-CA helper that issues certificates and CMS signatures for an old appliance."""

import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.hashes import SHA1, Hash
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from cryptography.x509.oid import NameOID


def issue(ca_key, ca_name, subject_key, common_name):
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(ca_name)
        .public_key(subject_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=365))
    )
    return builder.sign(private_key=ca_key, algorithm=hashes.SHA1())  # expect: PYTHON-CRYPTO-SEC-011


def csr(key, common_name):
    request = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    )
    return request.sign(key, SHA1())  # expect: PYTHON-CRYPTO-SEC-011


def cms_sign(cert, key, data):
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    builder = builder.add_signer(cert, key, hashes.SHA1())  # expect: PYTHON-CRYPTO-SEC-011
    return builder.sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature])


def content_id(data):
    h = Hash(SHA1())  # expect: PYTHON-CRYPTO-SEC-011
    h.update(data)
    return h.finalize().hex()
