"""Tokens handed to the reporting service."""

from jose import jwt

from .settings import REPORTING_KEY


def reporting_token(db_user, DB_PASSWORD):
    return jwt.encode({"db_user": db_user, "db_password": DB_PASSWORD}, REPORTING_KEY)  # expect: PYTHON-JWT-SEC-004


def login_token(username, pwd):
    return jwt.encode({"u": username, "p": pwd}, REPORTING_KEY)  # expect: PYTHON-JWT-SEC-004
