"""3DES through pyca/cryptography (both import locations), pycryptodomex and pyDes."""

import Cryptodome.Cipher.DES3 as des3
import pyDes
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def primitives_3des(key, iv):
    return Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()  # expect: PYTHON-CRYPTO-SEC-005a


def decrepit_3des(key, iv):
    return Cipher(TripleDES(key), modes.CBC(iv)).decryptor()  # expect: PYTHON-CRYPTO-SEC-005a


def cryptodomex_3des(key, iv):
    return des3.new(key, des3.MODE_CFB, iv)  # expect: PYTHON-CRYPTO-SEC-005a


def pydes_3des(key):
    return pyDes.triple_des(key, pyDes.CBC, b"\0" * 8, padmode=pyDes.PAD_PKCS5)  # expect: PYTHON-CRYPTO-SEC-005a
