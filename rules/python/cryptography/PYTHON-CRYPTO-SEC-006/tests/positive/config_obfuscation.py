"""Obfuscates secrets in the INI file the installer writes (PyCrypto 2.6 code)."""

import base64
import configparser

from Crypto.Cipher import XOR

INSTALLER_KEY = b"s3cr3t"


def hide(value):
    cipher = XOR.new(INSTALLER_KEY)  # expect: PYTHON-CRYPTO-SEC-006
    return base64.b64encode(cipher.encrypt(value.encode())).decode()


def reveal(token):
    return XOR.new(key=INSTALLER_KEY).decrypt(base64.b64decode(token)).decode()  # expect: PYTHON-CRYPTO-SEC-006


class SecretSection:
    def __init__(self, path, key):
        self.config = configparser.ConfigParser()
        self.config.read(path)
        self.cipher = XOR.new(key)  # expect: PYTHON-CRYPTO-SEC-006

    def get(self, name):
        return self.cipher.decrypt(base64.b64decode(self.config["secrets"][name])).decode()
