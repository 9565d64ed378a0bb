"""Request authentication that verifies the signature before reading claims."""

import os

import jwt
from jose import jwt as jose_jwt

KEY = os.environ["JWT_PUBLIC_KEY"]
STRICT = {"verify_signature": True, "require": ["exp", "iat", "sub"]}


def current_user_id(token):
    claims = jwt.decode(token, KEY, algorithms=["RS256"])  # ok: PYTHON-JWT-SEC-003
    return claims["sub"]


def strict_claims(token):
    return jwt.decode(token, KEY, algorithms=["RS256"], options=STRICT)  # ok: PYTHON-JWT-SEC-003


def full_token(token):
    return jwt.decode_complete(token, KEY, algorithms=["RS256"], options={"require": ["exp"]})  # ok: PYTHON-JWT-SEC-003


def key_id(token):
    # The header is read only to choose the verification key.
    return jwt.get_unverified_header(token)["kid"]  # ok: PYTHON-JWT-SEC-003


def partner_claims(token, key):
    return jose_jwt.decode(token, key, algorithms=["HS256"], audience="partner-api")  # ok: PYTHON-JWT-SEC-003


def header_of(token):
    return jose_jwt.get_unverified_header(token)  # ok: PYTHON-JWT-SEC-003


def legacy_claims(token):
    return jwt.decode(token, KEY, verify=True, algorithms=["RS256"])  # ok: PYTHON-JWT-SEC-003
