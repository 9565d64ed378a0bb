"""Version 2 of the license codec: AES-GCM, and bcrypt for the passphrase (bcrypt is not a Blowfish cipher)."""

import bcrypt
from Crypto.Cipher import AES
from Crypto.Hash import HMAC, SHA256
from Crypto.Protocol.KDF import bcrypt as kdf_bcrypt
from Crypto.Random import get_random_bytes

BLOWFISH_BLOCK = 8


def encrypt_license(key, text):
    cipher = AES.new(key, AES.MODE_GCM)  # ok: PYTHON-CRYPTO-SEC-002a
    ct, tag = cipher.encrypt_and_digest(text.encode())
    return cipher.nonce + tag + ct


def decrypt_license(key, blob):
    cipher = AES.new(key, AES.MODE_GCM, nonce=blob[:16])  # ok: PYTHON-CRYPTO-SEC-002a
    return cipher.decrypt_and_verify(blob[32:], blob[16:32]).decode()


def hash_passphrase(passphrase):
    return bcrypt.hashpw(passphrase.encode(), bcrypt.gensalt(rounds=12))  # ok: PYTHON-CRYPTO-SEC-002a


def hash_passphrase_pycryptodome(passphrase):
    return kdf_bcrypt(passphrase, 12, get_random_bytes(16))  # ok: PYTHON-CRYPTO-SEC-002a


def tag(key, data):
    return HMAC.new(key, data, digestmod=SHA256).hexdigest()  # ok: PYTHON-CRYPTO-SEC-002a
