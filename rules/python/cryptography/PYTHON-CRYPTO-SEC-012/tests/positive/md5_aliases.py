"""MD5 through pycryptodomex and through aliases."""

import Crypto.Hash.MD5
from Cryptodome.Hash import MD5 as LegacyHash
from Cryptodome.Hash.MD5 import new as md5_new

PASSWORD_SALT = b"static-salt"


def password_hash(password):
    return LegacyHash.new(PASSWORD_SALT + password.encode()).hexdigest()  # expect: PYTHON-CRYPTO-SEC-012


def etag(body):
    return md5_new(body).hexdigest()  # expect: PYTHON-CRYPTO-SEC-012


def legacy_checksum(body):
    return Crypto.Hash.MD5.new(body).digest()  # expect: PYTHON-CRYPTO-SEC-012
