"""Game server wire protocol: packets are "encrypted" with RC4 keyed from the login handshake."""

import hashlib

from Crypto.Cipher import ARC4


class PacketCodec:
    def __init__(self, session_key):
        self._send = ARC4.new(session_key)  # expect: PYTHON-CRYPTO-SEC-001a
        self._recv = ARC4.new(key=session_key)  # expect: PYTHON-CRYPTO-SEC-001a

    def encode(self, payload):
        return self._send.encrypt(payload)

    def decode(self, packet):
        return self._recv.decrypt(packet)


def derive_and_wrap(password, salt):
    key = hashlib.pbkdf2_hmac("sha256", password, salt, 200_000)
    # RC4-drop: throws away the first 3072 keystream bytes, still RC4.
    return ARC4.new(key, drop=3072)  # expect: PYTHON-CRYPTO-SEC-001a
