"""Signs API responses for a partner that still verifies RSA-SHA1 (PyCryptodome)."""

from Crypto.Hash import SHA1
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15, pss


class ResponseSigner:
    def __init__(self, private_pem):
        self.key = RSA.import_key(private_pem)

    def sign(self, body):
        digest = SHA1.new(body)  # expect: PYTHON-CRYPTO-SEC-015
        return pkcs1_15.new(self.key).sign(digest)

    def sign_pss(self, body):
        return pss.new(self.key).sign(SHA1.new(data=body))  # expect: PYTHON-CRYPTO-SEC-015


def verify_partner(public_pem, body, signature):
    key = RSA.import_key(public_pem)
    pkcs1_15.new(key).verify(SHA1.new(body), signature)  # expect: PYTHON-CRYPTO-SEC-015


def content_id(chunks):
    h = SHA1.new()  # expect: PYTHON-CRYPTO-SEC-015
    for chunk in chunks:
        h.update(chunk)
    return h.hexdigest()
