"""Key generation for constrained IoT nodes (pyca/cryptography), chosen for small signatures."""

from cryptography.hazmat.primitives.asymmetric import ec


def node_key():
    return ec.generate_private_key(ec.SECP192R1())  # expect: PYTHON-CRYPTO-SEC-022


def binary_curve_key():
    return ec.generate_private_key(curve=ec.SECT163K1())  # expect: PYTHON-CRYPTO-SEC-022


def deterministic_node_key(secret_scalar):
    return ec.derive_private_key(secret_scalar, ec.SECT163R2())  # expect: PYTHON-CRYPTO-SEC-022


class Provisioner:
    def __init__(self, backend=None):
        self.backend = backend

    def new_key(self):
        return ec.generate_private_key(ec.SECP192R1(), self.backend)  # expect: PYTHON-CRYPTO-SEC-022

    def key_from_curve_variable(self):
        curve = ec.SECP192R1()
        # The curve object reaches the call through a variable; argument types are not tracked yet.
        return ec.generate_private_key(curve)  # todoruleid: PYTHON-CRYPTO-SEC-022
