"""Direct imports of the DSA generators."""

from cryptography.hazmat.primitives.asymmetric.dsa import generate_parameters as dsa_params
from cryptography.hazmat.primitives.asymmetric.dsa import generate_private_key as dsa_key

LEGACY_BITS = 512 * 2


def legacy_signer():
    return dsa_key(LEGACY_BITS)  # expect: PYTHON-CRYPTO-SEC-021


def legacy_group():
    return dsa_params(key_size=LEGACY_BITS)  # expect: PYTHON-CRYPTO-SEC-021
