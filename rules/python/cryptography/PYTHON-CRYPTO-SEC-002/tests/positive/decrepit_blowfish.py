"""cryptography >= 43 moved Blowfish to the decrepit package; the call sites moved with it."""

from cryptography.hazmat.decrepit.ciphers import algorithms as legacy_algorithms
from cryptography.hazmat.decrepit.ciphers.algorithms import Blowfish
from cryptography.hazmat.primitives.ciphers import Cipher, modes

LICENSE_KEY = b"0123456789abcdef"
LICENSE_IV = b"\x00" * 8

LICENSE_CIPHER = Cipher(Blowfish(LICENSE_KEY), modes.CBC(LICENSE_IV))  # expect: PYTHON-CRYPTO-SEC-002


def decrypt_license(blob):
    decryptor = Cipher(
        legacy_algorithms.Blowfish(LICENSE_KEY),  # expect: PYTHON-CRYPTO-SEC-002
        modes.CBC(blob[:8]),
    ).decryptor()
    return decryptor.update(blob[8:]) + decryptor.finalize()
