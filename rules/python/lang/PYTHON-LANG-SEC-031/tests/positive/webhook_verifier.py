"""Verifies webhook calls from a legacy partner that signs bodies with sha1(secret + body)."""

import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
SHARED_SECRET = b"partner-secret"


@app.post("/hooks/partner")
def partner_hook():
    expected = hashlib.sha1(SHARED_SECRET + request.get_data()).hexdigest()  # expect: PYTHON-LANG-SEC-031
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(403)
    return {"ok": True}


def idempotency_key(body: bytes) -> str:
    return hashlib.sha1(body).hexdigest()  # expect: PYTHON-LANG-SEC-031
