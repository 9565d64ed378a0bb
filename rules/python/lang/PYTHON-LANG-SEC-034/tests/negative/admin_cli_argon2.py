"""Safe look-alikes: operator accounts hashed with scrypt; MD5 only for a non-secret audit id."""

import getpass
import hashlib
import os
import sqlite3


def create_operator(db_path, login):
    password = getpass.getpass("Password: ")
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)  # ok: PYTHON-LANG-SEC-034
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO users (login, salt, pw_scrypt) VALUES (?, ?, ?)", (login, salt, digest))


def audit_id(login):
    return hashlib.md5(login.encode(), usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-034


def password_policy_version():
    return hashlib.sha256(b"min-length=12;require-mfa").hexdigest()  # ok: PYTHON-LANG-SEC-034
