"""Reads session blobs written by the 2012 desktop client, which encrypted them with RC4."""

import os
import struct

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

HEADER = struct.Struct(">4sI")
MAGIC = b"SESS"


def open_session_blob(path, key):
    with open(path, "rb") as fh:
        magic, length = HEADER.unpack(fh.read(HEADER.size))
        if magic != MAGIC:
            raise ValueError("not a session blob")
        body = fh.read(length)
    cipher = Cipher(algorithms.ARC4(key), mode=None, backend=default_backend())  # expect: PYTHON-CRYPTO-SEC-001
    return cipher.decryptor().update(body)


def write_session_blob(path, key, payload):
    encryptor = Cipher(
        algorithms.ARC4(key),  # expect: PYTHON-CRYPTO-SEC-001
        mode=None,
    ).encryptor()
    body = encryptor.update(payload)
    with open(path, "wb") as fh:
        fh.write(HEADER.pack(MAGIC, len(body)))
        fh.write(body)


class StreamObfuscator:
    """Wraps a socket so every byte is XORed with an RC4 keystream."""

    def __init__(self, sock, key=None):
        self.sock = sock
        self.key = key or os.urandom(16)
        self.algorithm = algorithms.ARC4(self.key)  # expect: PYTHON-CRYPTO-SEC-001
        self.encryptor = Cipher(self.algorithm, None).encryptor()

    def send(self, data):
        self.sock.sendall(self.encryptor.update(data))
