"""Upload service: dedupes files by MD5 and signs download tokens (PyCryptodome)."""

from Crypto.Hash import MD5
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15


class BlobStore:
    def __init__(self, root):
        self.root = root

    def blob_id(self, data):
        return MD5.new(data).hexdigest()  # expect: PYTHON-CRYPTO-SEC-012

    def streaming_id(self, fh):
        h = MD5.new()  # expect: PYTHON-CRYPTO-SEC-012
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
        return h.hexdigest()


def sign_token(private_pem, token):
    key = RSA.import_key(private_pem)
    return pkcs1_15.new(key).sign(MD5.new(data=token))  # expect: PYTHON-CRYPTO-SEC-012
