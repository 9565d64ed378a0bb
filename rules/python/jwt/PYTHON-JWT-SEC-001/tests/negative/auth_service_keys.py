"""Token issuing with keys loaded at run time."""

import os

import jwt
from django.conf import settings
from jose import jwt as jose_jwt

from .config import JWT_SECRET
from .keys import load_private_key, load_public_key

ALGORITHM = "HS256"
SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]


def issue_access_token(user_id):
    return jwt.encode({"sub": str(user_id)}, SIGNING_KEY, algorithm=ALGORITHM)  # ok: PYTHON-JWT-SEC-001


def read_access_token(token):
    return jwt.decode(token, os.environ["JWT_SIGNING_KEY"], algorithms=[ALGORITHM])  # ok: PYTHON-JWT-SEC-001


def issue_with_settings(user_id):
    return jwt.encode({"sub": user_id}, settings.SECRET_KEY, algorithm="HS256")  # ok: PYTHON-JWT-SEC-001


def issue_with_config(user_id):
    return jwt.encode({"sub": user_id}, key=JWT_SECRET, algorithm="HS256")  # ok: PYTHON-JWT-SEC-001


def issue_rs256(user_id):
    return jwt.encode({"sub": user_id}, load_private_key(), algorithm="RS256")  # ok: PYTHON-JWT-SEC-001


def read_rs256(token):
    return jwt.decode(token, key=load_public_key(), algorithms=["RS256"])  # ok: PYTHON-JWT-SEC-001


def peek(token):
    # No key: the signature is not checked here (PYTHON-JWT-SEC-003 covers that), and no secret is exposed.
    return jwt.decode(token, options={"verify_signature": False})  # ok: PYTHON-JWT-SEC-001


def sign_partner_claims(claims, partner):
    return jose_jwt.encode(claims, partner.shared_secret, algorithm="HS256")  # ok: PYTHON-JWT-SEC-001
