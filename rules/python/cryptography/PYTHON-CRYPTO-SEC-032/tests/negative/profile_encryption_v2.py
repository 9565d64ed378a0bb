"""Profile encryption after the review: AEAD modes of AES and ChaCha20-Poly1305."""

from Crypto.Cipher import AES, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

KEY = get_random_bytes(32)


def encrypt_gcm(data):
    cipher = AES.new(KEY, AES.MODE_GCM)  # ok: PYTHON-CRYPTO-SEC-032
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def decrypt_gcm(blob):
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=blob[:16])  # ok: PYTHON-CRYPTO-SEC-032
    return cipher.decrypt_and_verify(blob[32:], blob[16:32])


def encrypt_eax(data):
    return AES.new(KEY, mode=AES.MODE_EAX).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-032


def encrypt_ccm(data, nonce):
    return AES.new(KEY, AES.MODE_CCM, nonce=nonce).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-032


def encrypt_siv(data):
    return AES.new(get_random_bytes(64), AES.MODE_SIV).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-032


def encrypt_ocb(data):
    return AES.new(KEY, AES.MODE_OCB).encrypt_and_digest(data)  # ok: PYTHON-CRYPTO-SEC-032


def encrypt_chacha(data):
    cipher = ChaCha20_Poly1305.new(key=KEY)  # ok: PYTHON-CRYPTO-SEC-032
    return cipher.nonce, cipher.encrypt_and_digest(data)


def encrypt_with_mode(mode, data):
    return AES.new(KEY, mode).encrypt(data)  # ok: PYTHON-CRYPTO-SEC-032
