"""Safe look-alikes: MD5 declared non-security, and stronger hashes for anything that matters."""

import hashlib
import hmac
from hashlib import md5, sha256

NOT_FOR_SECURITY = False


def cache_key(url, params):
    raw = url + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    return hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-030


def etag(body):
    return md5(body, usedforsecurity=NOT_FOR_SECURITY).hexdigest()  # ok: PYTHON-LANG-SEC-030


def shard_for(user_id, shards=16):
    bucket = hashlib.md5(usedforsecurity=False)  # ok: PYTHON-LANG-SEC-030
    bucket.update(str(user_id).encode())
    return int(bucket.hexdigest(), 16) % shards


def file_digest(path):
    digest = sha256()  # ok: PYTHON-LANG-SEC-030
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            digest.update(block)
    return digest.hexdigest()


def sign(secret, payload):
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()  # ok: PYTHON-LANG-SEC-030


def content_id(data):
    return hashlib.blake2b(data, digest_size=16).hexdigest()  # ok: PYTHON-LANG-SEC-030


class md5_cache:
    """A local helper that shares the name; it is not hashlib's md5."""

    def __init__(self):
        self.items = {}


def local_md5_name():
    store = md5_cache()  # ok: PYTHON-LANG-SEC-030
    return store.items
