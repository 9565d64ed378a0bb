"""Token helpers that always sign and only accept the expected algorithm."""

import os

import jwt
from jose import jws
from jose import jwt as jose_jwt
from jose.constants import ALGORITHMS

KEY = os.environ["JWT_KEY"]
ALLOWED = ["HS256"]


def issue_token(user_id):
    return jwt.encode({"sub": user_id}, KEY, algorithm="HS256")  # ok: PYTHON-JWT-SEC-002


def issue_rs(user_id, private_key):
    return jwt.encode({"sub": user_id}, private_key, "RS256")  # ok: PYTHON-JWT-SEC-002


def read_token(token):
    return jwt.decode(token, KEY, algorithms=ALLOWED)  # ok: PYTHON-JWT-SEC-002


def read_rs(token, public_key):
    return jwt.decode(token, public_key, ["RS256", "ES256"])  # ok: PYTHON-JWT-SEC-002


def read_header(token):
    # Reading the header to pick a key; the algorithm is checked by decode() afterwards.
    header = jwt.get_unverified_header(token)  # ok: PYTHON-JWT-SEC-002
    if header.get("alg") == "none":
        raise jwt.InvalidTokenError("unsigned tokens are rejected")
    return header


def issue_jose(claims):
    return jose_jwt.encode(claims, KEY, algorithm=ALGORITHMS.HS256)  # ok: PYTHON-JWT-SEC-002


def verify_raw(token):
    return jws.verify(token, KEY, [ALGORITHMS.HS256])  # ok: PYTHON-JWT-SEC-002


def sign_raw(payload):
    return jws.sign(payload, KEY, {"kid": "v1"}, "HS256")  # ok: PYTHON-JWT-SEC-002
