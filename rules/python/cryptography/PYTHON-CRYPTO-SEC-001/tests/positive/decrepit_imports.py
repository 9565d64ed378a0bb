"""Interop helpers for a legacy payment terminal protocol (RC4-128 link encryption)."""

import cryptography.hazmat.decrepit.ciphers.algorithms as decrepit
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers.algorithms import ARC4 as LegacyRC4

TERMINAL_LINK_KEY = bytes.fromhex("00112233445566778899aabbccddeeff")

# Module-level cipher shared by every request handler.
LINK_CIPHER = Cipher(ARC4(TERMINAL_LINK_KEY), mode=None)  # expect: PYTHON-CRYPTO-SEC-001


def decrypt_frame(frame, key):
    return Cipher(decrepit.ARC4(key), None).decryptor().update(frame)  # expect: PYTHON-CRYPTO-SEC-001


def make_old_firmware_cipher(key):
    return Cipher(LegacyRC4(key), None)  # expect: PYTHON-CRYPTO-SEC-001
