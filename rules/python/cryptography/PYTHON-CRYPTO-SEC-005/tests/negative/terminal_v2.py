"""Terminal protocol v2: AES-GCM for messages, and helpers whose names merely contain "des"."""

from Crypto.Cipher import AES
from Crypto.Cipher import DES3

DESCRIPTION = "terminal protocol v2"


def encrypt_message(key, message):
    cipher = AES.new(key, AES.MODE_GCM)  # ok: PYTHON-CRYPTO-SEC-005
    ct, tag = cipher.encrypt_and_digest(message)
    return cipher.nonce + tag + ct


def fix_parity(key):
    return DES3.adjust_key_parity(key)  # ok: PYTHON-CRYPTO-SEC-005


def describe(terminal):
    return terminal.describe(DESCRIPTION)  # ok: PYTHON-CRYPTO-SEC-005


def destroy(session):
    session.destroy()  # ok: PYTHON-CRYPTO-SEC-005


def des_key_check_value(hsm, key_label):
    """The HSM computes the KCV; no DES cipher object exists in this process."""
    return hsm.des_kcv(key_label)  # ok: PYTHON-CRYPTO-SEC-005


def eax(key, data):
    return AES.new(key, AES.MODE_EAX).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-005
