"""Tokens that carry identifiers and roles only."""

import os

import jwt
from jose import jwt as jose_jwt
from werkzeug.security import check_password_hash

KEY = os.environ["SSO_KEY"]


def issue_sso_token(user):
    return jwt.encode({"sub": user.username, "roles": user.roles}, KEY, algorithm="HS256")  # ok: PYTHON-JWT-SEC-004


def issue_profile_token(user):
    return jwt.encode({"sub": user.id, "email": user.email}, KEY, algorithm="HS256")  # ok: PYTHON-JWT-SEC-004


def login(user, password):
    # The password is checked here and never leaves the server.
    if not check_password_hash(user.password_hash, password):  # ok: PYTHON-JWT-SEC-004
        return None
    return jwt.encode({"sub": user.id, "mfa": user.mfa_enabled}, KEY, algorithm="HS256")  # ok: PYTHON-JWT-SEC-004


def reset_token(user):
    # A token that authorises a password reset, without the password itself.
    return jwt.encode({"sub": user.id, "purpose": "reset"}, KEY, algorithm="HS256")  # ok: PYTHON-JWT-SEC-004


def reporting_token(db_user):
    return jose_jwt.encode({"db_user": db_user, "scope": "read"}, KEY)  # ok: PYTHON-JWT-SEC-004


def read_token(token, password_policy):
    claims = jwt.decode(token, KEY, algorithms=["HS256"])  # ok: PYTHON-JWT-SEC-004
    return claims, password_policy
