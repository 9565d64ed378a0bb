"""python-jose tokens for the partner integration."""

from jose import jwt as jose_jwt

PARTNER_KEY = "partner-shared-secret"


def sign_partner_claims(claims):
    return jose_jwt.encode(claims, PARTNER_KEY, algorithm="HS256")  # expect: PYTHON-JWT-SEC-001


def verify_partner_token(token):
    return jose_jwt.decode(token, key="partner-shared-secret", algorithms=["HS256"])  # expect: PYTHON-JWT-SEC-001
