"""Other ways the MD5 algorithm object is spelled."""

import cryptography.hazmat.primitives.hashes as h
from cryptography.hazmat.primitives.hashes import MD5, Hash
from cryptography.hazmat.primitives.hashes import MD5 as LegacyDigest
from cryptography.hazmat.primitives.hmac import HMAC

DEFAULT_ALGORITHM = MD5()  # expect: PYTHON-CRYPTO-SEC-010


def cache_key(parts):
    digest = Hash(LegacyDigest())  # expect: PYTHON-CRYPTO-SEC-010
    for part in parts:
        digest.update(part.encode())
    return digest.finalize().hex()


def legacy_mac(key, message):
    mac = HMAC(key, h.MD5())  # expect: PYTHON-CRYPTO-SEC-010
    mac.update(message)
    return mac.finalize()
