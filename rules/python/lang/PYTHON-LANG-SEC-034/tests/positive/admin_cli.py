#!/usr/bin/env python3
"""Admin CLI: creates operator accounts in the legacy users table."""

import getpass
import hashlib
import sqlite3
import sys

import hashlib as hl

DEFAULT_PASSWORD = "changeme"


def create_operator(db_path, login):
    password = getpass.getpass("Password: ")
    digest = hashlib.md5(password.encode()).hexdigest()  # expect: PYTHON-LANG-SEC-034
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO users (login, pw_md5) VALUES (?, ?)", (login, digest))


def reset_all(db_path):
    digest = hl.new("MD5", DEFAULT_PASSWORD.encode()).hexdigest()  # expect: PYTHON-LANG-SEC-034
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE users SET pw_md5 = ?", (digest,))


if __name__ == "__main__":
    create_operator(sys.argv[1], sys.argv[2])
