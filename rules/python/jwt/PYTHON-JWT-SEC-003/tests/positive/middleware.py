"""Request authentication for the internal API."""

import jwt
from flask import g, request

SKIP_SIGNATURE = {"verify_signature": False, "verify_exp": True}


def current_user_id():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # The claims are trusted although anyone can write them.
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: PYTHON-JWT-SEC-003
    return claims["sub"]


def load_tenant(token):
    claims = jwt.decode(token, "", ["HS256"], SKIP_SIGNATURE)  # expect: PYTHON-JWT-SEC-003
    g.tenant = claims["tenant"]


def full_token(token):
    return jwt.decode_complete(token, algorithms=["RS256"], options=SKIP_SIGNATURE)  # expect: PYTHON-JWT-SEC-003


def legacy_claims(token):
    # PyJWT 1.x spelling.
    return jwt.decode(token, verify=False)  # expect: PYTHON-JWT-SEC-003


class TokenReader:
    def __init__(self):
        self.codec = jwt.PyJWT()

    def roles(self, token):
        return self.codec.decode(token, options={"verify_signature": False})["roles"]  # expect: PYTHON-JWT-SEC-003
