"""rsync-style block checksums (MD4) through pycryptodomex and a module import."""

import Crypto.Hash.MD4
from Cryptodome.Hash import MD4 as BlockHash


def block_checksum(block, seed):
    return BlockHash.new(seed + block).digest()[:8]  # expect: PYTHON-CRYPTO-SEC-013


def file_checksum(data):
    return Crypto.Hash.MD4.new(data).hexdigest()  # expect: PYTHON-CRYPTO-SEC-013
