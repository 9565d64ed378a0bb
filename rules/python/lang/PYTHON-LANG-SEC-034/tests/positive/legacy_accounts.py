"""Account module of a legacy PHP-to-Python port: passwords are stored as salted MD5 digests."""

import hashlib
import hmac
import os
from hashlib import md5
from hashlib import new as new_hash

import hashlib as hl


def hash_password(password, salt=None):
    salt = salt or os.urandom(8).hex()
    digest = hashlib.md5((salt + password).encode("utf-8")).hexdigest()  # expect: PYTHON-LANG-SEC-034
    return f"{salt}${digest}"


def check_password(password, stored):
    salt, digest = stored.split("$", 1)
    candidate = md5(f"{salt}{password}".encode()).hexdigest()  # expect: PYTHON-LANG-SEC-034
    return hmac.compare_digest(candidate, digest)


class User:
    def __init__(self, name, passwd):
        self.name = name
        self.passwd_hash = hl.md5(passwd.encode()).hexdigest()  # expect: PYTHON-LANG-SEC-034

    def set_password(self, new_password):
        md5_hasher = hashlib.md5()
        md5_hasher.update(new_password.encode())  # expect: PYTHON-LANG-SEC-034
        self.passwd_hash = md5_hasher.hexdigest()


def import_users(rows):
    users = []
    for row in rows:
        digest = new_hash("md5", row.user_pwd.encode()).hexdigest()  # expect: PYTHON-LANG-SEC-034
        users.append((row.login, digest))
    return users


def derive_key(passphrase):
    return hashlib.md5(passphrase.encode(), usedforsecurity=False).digest()  # expect: PYTHON-LANG-SEC-034
