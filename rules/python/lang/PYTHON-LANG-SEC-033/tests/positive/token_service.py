"""API token service: tokens are stored as digests and compared on every request."""

import hashlib
import hmac
import secrets
from hashlib import sha3_224
from hashlib import sha224 as short_digest

import hashlib as hl

TOKEN_DIGEST = "SHA3-224"


def issue_token():
    token = secrets.token_urlsafe(32)
    stored = hashlib.sha224(token.encode()).hexdigest()  # expect: PYTHON-LANG-SEC-033
    return token, stored


def check_token(presented, stored):
    candidate = short_digest(presented.encode()).hexdigest()  # expect: PYTHON-LANG-SEC-033
    return hmac.compare_digest(candidate, stored)


class ReceiptSigner:
    def __init__(self, key):
        self.key = key

    def fingerprint(self, receipt_bytes):
        return sha3_224(self.key + receipt_bytes).hexdigest()  # expect: PYTHON-LANG-SEC-033

    def receipt_id(self, receipt_bytes):
        return hl.new(TOKEN_DIGEST, receipt_bytes).hexdigest()  # expect: PYTHON-LANG-SEC-033

    def legacy_id(self, receipt_bytes):
        return hashlib.new(name="sha512_224", data=receipt_bytes).hexdigest()  # expect: PYTHON-LANG-SEC-033
