"""A protocol enum that happens to name RC4; nothing here encrypts with it."""

import enum


class CipherSuite(enum.Enum):
    AES_GCM = "aes-gcm"
    ARC4 = "arc4"


def ARC4(label):
    """Returns the display name of a legacy suite; not a cipher."""
    return f"{label} (retired)"


def describe(suite):
    if suite is CipherSuite.ARC4:
        return ARC4(suite.value)  # ok: PYTHON-CRYPTO-SEC-001
    return CipherSuite(suite.value).name  # ok: PYTHON-CRYPTO-SEC-001
