"""Minimal reader for OpenPGP symmetrically encrypted packets from the 1990s archive (IDEA-CFB)."""

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SYMMETRIC_ALGORITHMS = {1: "IDEA", 7: "AES128", 9: "AES256"}


def decrypt_idea_packet(session_key, body):
    iv = b"\x00" * 8
    cipher = Cipher(algorithms.IDEA(session_key), modes.CFB(iv))  # expect: PYTHON-CRYPTO-SEC-003
    return cipher.decryptor().update(body)


class ArchiveWriter:
    def __init__(self, session_key):
        self.algorithm = algorithms.IDEA(key=session_key)  # expect: PYTHON-CRYPTO-SEC-003

    def write(self, out, iv, data):
        enc = Cipher(self.algorithm, modes.CFB(iv)).encryptor()
        out.write(enc.update(data) + enc.finalize())
