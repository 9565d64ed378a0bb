"""python-jose based authentication."""

from jose import jwt


def user_from_token(token):
    claims = jwt.get_unverified_claims(token)  # expect: PYTHON-JWT-SEC-003
    return claims["email"]


def admin_flag(token, key):
    claims = jwt.decode(token, key, options={"verify_signature": False})  # expect: PYTHON-JWT-SEC-003
    return claims.get("admin", False)
