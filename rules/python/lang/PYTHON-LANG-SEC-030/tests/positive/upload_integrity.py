"""Upload service: checks uploaded files against the digest the client sends, and signs download links."""

import hashlib
import hashlib as hl
import time
from hashlib import md5
from hashlib import md5 as legacy_digest

LINK_SECRET = b"change-me"
CHUNK = 1 << 16


def file_digest(path):
    digest = hashlib.md5()  # expect: PYTHON-LANG-SEC-030
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_upload(path, claimed_digest):
    # An attacker can craft two files with the same MD5, so this does not prove integrity.
    return file_digest(path) == claimed_digest


def sign_download_link(user_id, filename, expires=None):
    expires = expires or int(time.time()) + 3600
    payload = f"{user_id}:{filename}:{expires}".encode()
    token = md5(LINK_SECRET + payload).hexdigest()  # expect: PYTHON-LANG-SEC-030
    return f"/download/{filename}?expires={expires}&token={token}"


class SessionStore:
    def new_session_id(self, user_id):
        seed = f"{user_id}-{time.time_ns()}".encode()
        return hl.md5(seed, usedforsecurity=True).hexdigest()  # expect: PYTHON-LANG-SEC-030

    def fingerprint(self, user_agent, ip):
        return legacy_digest(  # expect: PYTHON-LANG-SEC-030
            (user_agent + ip).encode()
        ).hexdigest()


API_KEY_HASH = hashlib.md5(b"internal-api-key").hexdigest()  # expect: PYTHON-LANG-SEC-030
