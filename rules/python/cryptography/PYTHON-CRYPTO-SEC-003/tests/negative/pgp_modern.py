"""OpenPGP packets written today: AES-256 in CFB per RFC 4880, or AEAD (RFC 9580); IDEA only as a table entry."""

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESOCB3, ChaCha20Poly1305

SYMMETRIC_ALGORITHMS = {1: "IDEA", 7: "AES128", 9: "AES256"}


def algorithm_name(code):
    return SYMMETRIC_ALGORITHMS.get(code, "unknown")  # ok: PYTHON-CRYPTO-SEC-003


def encrypt_aes256(session_key, iv, data):
    enc = Cipher(algorithms.AES256(session_key), modes.CFB(iv)).encryptor()  # ok: PYTHON-CRYPTO-SEC-003
    return enc.update(data) + enc.finalize()


def encrypt_aead(session_key, nonce, data):
    return AESOCB3(session_key).encrypt(nonce, data, None)  # ok: PYTHON-CRYPTO-SEC-003


def encrypt_chacha(session_key, nonce, data):
    return ChaCha20Poly1305(session_key).encrypt(nonce, data, None)  # ok: PYTHON-CRYPTO-SEC-003


def refuse_idea(code):
    if algorithm_name(code) == "IDEA":  # ok: PYTHON-CRYPTO-SEC-003
        raise ValueError("IDEA packets are not supported")
