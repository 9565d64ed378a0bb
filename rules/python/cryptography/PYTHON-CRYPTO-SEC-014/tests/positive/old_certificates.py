"""Verifies signatures on certificates from a 1990s PKI that used md2WithRSAEncryption."""

from Crypto.Hash import MD2
from Crypto.Signature import pkcs1_15


def verify_legacy_cert(issuer_key, tbs_bytes, signature):
    digest = MD2.new(tbs_bytes)  # expect: PYTHON-CRYPTO-SEC-014
    pkcs1_15.new(issuer_key).verify(digest, signature)


class Md2Checksummer:
    def __init__(self):
        self._h = MD2.new()  # expect: PYTHON-CRYPTO-SEC-014

    def feed(self, chunk):
        self._h.update(chunk)
        return self
