"""License signing keys (PyCryptodome). Short keys were chosen to keep license strings short."""

from Crypto.PublicKey import RSA

LICENSE_KEY_BITS = 1024


def license_signing_key():
    return RSA.generate(LICENSE_KEY_BITS)  # expect: PYTHON-CRYPTO-SEC-023


def short_license_key():
    return RSA.generate(bits=1024, e=65537)  # expect: PYTHON-CRYPTO-SEC-023


class KeyRing:
    def __init__(self, bits=1536):
        self.bits = bits

    def add_key(self):
        return RSA.generate(1536)  # expect: PYTHON-CRYPTO-SEC-023

    def export_new(self):
        key = RSA.generate(1280)  # expect: PYTHON-CRYPTO-SEC-023
        return key.export_key("PEM"), key.public_key().export_key("PEM")
