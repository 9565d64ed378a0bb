"""Command-line checksum tool that also signs its output for a legacy mirror."""

import argparse
import hashlib
import hashlib as hl
from hashlib import new as new_hash

DEFAULT_ALGORITHM = "md5"
MIRROR_ALGORITHM = "SHA1"


def digest_file(path, algorithm):
    h = hashlib.new(algorithm)
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def legacy_digest(path):
    h = hashlib.new(DEFAULT_ALGORITHM)  # expect: PYTHON-LANG-SEC-032
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def mirror_signature(secret, body):
    return hl.new(MIRROR_ALGORITHM, secret + body).hexdigest()  # expect: PYTHON-LANG-SEC-032


def ntlm_style_hash(password):
    # MD4 of the UTF-16 password, as NTLM does.
    return new_hash(name="md4", data=password.encode("utf-16le")).hexdigest()  # expect: PYTHON-LANG-SEC-032


class TokenSigner:
    def sign(self, key, payload):
        return hashlib.new("MD5", key + payload, usedforsecurity=True).digest()  # expect: PYTHON-LANG-SEC-032


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    args = parser.parse_args()
    print(hashlib.new("sha1", open(args.path, "rb").read()).hexdigest())  # expect: PYTHON-LANG-SEC-032
