"""Credentials read at run time, and names that only describe a credential."""

import os
from enum import Enum

import stripe

import settings

DB_PASSWORD = os.environ["DB_PASSWORD"]  # ok: PYTHON-LANG-SEC-114
STRIPE_API_KEY = os.environ.get("STRIPE_API_KEY", "")  # ok: PYTHON-LANG-SEC-114
stripe.api_key = settings.STRIPE_API_KEY  # ok: PYTHON-LANG-SEC-114
TOKEN_URL = "https://github.com/login/oauth/access_token"  # ok: PYTHON-LANG-SEC-114
PASSWORD_MIN_LENGTH = 12  # ok: PYTHON-LANG-SEC-114
SECRET_KEY_FILE = "/run/secrets/django_key"  # ok: PYTHON-LANG-SEC-114
API_KEY_HEADER = "X-Api-Key"  # ok: PYTHON-LANG-SEC-114
TOKEN_ENV = "GITHUB_TOKEN"  # ok: PYTHON-LANG-SEC-114
password_prompt = "Enter your password: "  # ok: PYTHON-LANG-SEC-114
# Token kinds of a parser and internal key names, not credentials.
_WILDCARD_TOKEN = "*"  # ok: PYTHON-LANG-SEC-114
_DEFAULT_TOKEN = "_sa_default"  # ok: PYTHON-LANG-SEC-114
_COLUMN_TOKEN: str = "column"  # ok: PYTHON-LANG-SEC-114
RESET_SESSION_TOKEN = "_password_reset_token"  # ok: PYTHON-LANG-SEC-114


class Field(Enum):
    PASSWORD = "password"  # ok: PYTHON-LANG-SEC-114
    TOKEN = "access_token"  # ok: PYTHON-LANG-SEC-114


class ProductionConfig:
    SECRET_KEY = os.environ["SECRET_KEY"]  # ok: PYTHON-LANG-SEC-114
    MAIL_PASSWORD: str = ""  # ok: PYTHON-LANG-SEC-114
    API_TOKEN = "${API_TOKEN}"  # ok: PYTHON-LANG-SEC-114


class GithubClient:
    def __init__(self, token):
        self.token = token  # ok: PYTHON-LANG-SEC-114
        self.token_type = "bearer"  # ok: PYTHON-LANG-SEC-114


def connect(read_secret):
    adminPassword = read_secret("admin")  # ok: PYTHON-LANG-SEC-114
    cache_key = "user:42:profile"  # ok: PYTHON-LANG-SEC-114
    # A URL's password replaced by a mask before logging.
    password = ":****"  # ok: PYTHON-LANG-SEC-114
    return adminPassword, cache_key
