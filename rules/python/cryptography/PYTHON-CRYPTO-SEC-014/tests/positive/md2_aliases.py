"""MD2 through pycryptodomex and a module import."""

import Crypto.Hash.MD2
from Cryptodome.Hash import MD2 as Md2


def record_id(data):
    return Md2.new(data=data).hexdigest()  # expect: PYTHON-CRYPTO-SEC-014


def archive_id(data):
    return Crypto.Hash.MD2.new(data).hexdigest()  # expect: PYTHON-CRYPTO-SEC-014
