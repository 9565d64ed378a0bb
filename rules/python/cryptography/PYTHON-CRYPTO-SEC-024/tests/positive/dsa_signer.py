"""DSA signer for a firmware format defined in 2009 (PyCryptodome)."""

from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA
from Crypto.Signature import DSS

FIRMWARE_KEY_BITS = 1024


def firmware_key():
    return DSA.generate(FIRMWARE_KEY_BITS)  # expect: PYTHON-CRYPTO-SEC-024


class FirmwareSigner:
    def __init__(self):
        self.key = DSA.generate(bits=1024)  # expect: PYTHON-CRYPTO-SEC-024

    def sign(self, image):
        return DSS.new(self.key, "fips-186-3").sign(SHA256.new(image))
