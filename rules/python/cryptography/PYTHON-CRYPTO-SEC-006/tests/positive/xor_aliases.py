"""Two more spellings of the same XOR "cipher"."""

import Crypto.Cipher.XOR
from Crypto.Cipher import XOR as Obfuscator

LICENSE_MASK = b"\x5a\xa5"


def mask_license(data):
    return Crypto.Cipher.XOR.new(LICENSE_MASK).encrypt(data)  # expect: PYTHON-CRYPTO-SEC-006


def unmask_license(data):
    return Obfuscator.new(LICENSE_MASK).decrypt(data)  # expect: PYTHON-CRYPTO-SEC-006
