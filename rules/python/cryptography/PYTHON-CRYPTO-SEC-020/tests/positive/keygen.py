"""Key generation for device provisioning and test fixtures."""

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.asymmetric import rsa

DEVICE_KEY_BITS = 1024


def device_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=DEVICE_KEY_BITS)  # expect: PYTHON-CRYPTO-SEC-020


def legacy_device_key():
    return rsa.generate_private_key(65537, 1024, default_backend())  # expect: PYTHON-CRYPTO-SEC-020


class TokenIssuer:
    KEY_BITS = 4096

    def __init__(self):
        self.bits = 1536
        # key_size comes from self.bits, assigned once in this class.
        self.key = rsa.generate_private_key(  # expect: PYTHON-CRYPTO-SEC-020
            public_exponent=65537,
            key_size=self.bits,
        )

    def rotate(self):
        self.key = rsa.generate_private_key(key_size=512, public_exponent=65537)  # expect: PYTHON-CRYPTO-SEC-020
