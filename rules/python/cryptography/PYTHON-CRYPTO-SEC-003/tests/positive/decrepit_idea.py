"""After the cryptography 43 upgrade the archive tool imports IDEA from the decrepit package."""

from cryptography.hazmat.decrepit.ciphers import algorithms as decrepit
from cryptography.hazmat.decrepit.ciphers.algorithms import IDEA as IdeaCipher
from cryptography.hazmat.primitives.ciphers import Cipher, modes


def open_archive(key, iv, body):
    cipher = Cipher(decrepit.IDEA(key), modes.CBC(iv))  # expect: PYTHON-CRYPTO-SEC-003
    return cipher.decryptor().update(body)


ARCHIVE_ALGORITHM = IdeaCipher(bytes(16))  # expect: PYTHON-CRYPTO-SEC-003
