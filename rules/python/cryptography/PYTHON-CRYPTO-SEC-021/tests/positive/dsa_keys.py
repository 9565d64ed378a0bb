"""DSA keys for an appliance whose SSH daemon only accepts 1024-bit ssh-dss keys."""

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa

SSH_DSS_BITS = 1024


def appliance_key():
    return dsa.generate_private_key(key_size=SSH_DSS_BITS, backend=default_backend())  # expect: PYTHON-CRYPTO-SEC-021


def appliance_key_positional():
    return dsa.generate_private_key(1024)  # expect: PYTHON-CRYPTO-SEC-021


def shared_parameters():
    return dsa.generate_parameters(key_size=1024)  # expect: PYTHON-CRYPTO-SEC-021


class FleetKeys:
    def __init__(self):
        self.parameters = dsa.generate_parameters(1024, default_backend())  # expect: PYTHON-CRYPTO-SEC-021

    def new_member_key(self):
        key = self.parameters.generate_private_key()
        return key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
