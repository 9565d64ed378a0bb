"""python-jose helpers."""

from jose import jws, jwt
from jose.constants import ALGORITHMS


def issue(claims):
    return jwt.encode(claims, "", algorithm=ALGORITHMS.NONE)  # expect: PYTHON-JWT-SEC-002


def sign_raw(payload):
    return jws.sign(payload, "", None, "none")  # expect: PYTHON-JWT-SEC-002


def verify_raw(token, key):
    return jws.verify(token, key, [ALGORITHMS.NONE])  # expect: PYTHON-JWT-SEC-002
