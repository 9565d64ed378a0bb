"""Safe look-alikes: HMAC-SHA256 webhook signatures and a declared non-security idempotency key."""

import hashlib
import hmac

SHARED_SECRET = b"partner-secret"


def verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(SHARED_SECRET, body, hashlib.sha256).hexdigest()  # ok: PYTHON-LANG-SEC-031
    return hmac.compare_digest(expected, signature)


def idempotency_key(body: bytes) -> str:
    return hashlib.sha1(body, usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-031


def legacy_partner_tag(body: bytes) -> str:
    # HMAC-SHA1 does not rely on collision resistance.
    return hmac.new(SHARED_SECRET, body, hashlib.sha1).hexdigest()  # ok: PYTHON-LANG-SEC-031
