"""Safe look-alikes: passwords go through password hashing functions; MD5 only touches non-secrets."""

import hashlib
import os
from hashlib import md5

import bcrypt
from argon2 import PasswordHasher

ph = PasswordHasher()


def hash_password(password):
    return ph.hash(password)  # ok: PYTHON-LANG-SEC-034


def hash_password_bcrypt(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))  # ok: PYTHON-LANG-SEC-034


def derive(password, salt=None):
    salt = salt or os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # ok: PYTHON-LANG-SEC-034
    return salt, key


def scrypt_key(passphrase, salt):
    return hashlib.scrypt(passphrase.encode(), salt=salt, n=2**14, r=8, p=1)  # ok: PYTHON-LANG-SEC-034


def gravatar_url(email):
    digest = md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-034
    return f"https://www.gravatar.com/avatar/{digest}"


def file_etag(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read(), usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-034


def password_changed_event(user):
    # A password-related event whose payload is not the password.
    event_id = hashlib.md5(str(user.id).encode(), usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-034
    return {"id": event_id, "type": "password_changed"}
