"""Safe look-alikes: hashlib.new() with strong algorithms, or weak ones declared non-security."""

import hashlib
from hashlib import new

STRONG = "sha256"


def fingerprint(data):
    return hashlib.new("sha256", data).hexdigest()  # ok: PYTHON-LANG-SEC-032


def archive_digest(data):
    return new(STRONG, data).hexdigest()  # ok: PYTHON-LANG-SEC-032


def long_digest(data):
    return hashlib.new(name="sha3_512", data=data).hexdigest()  # ok: PYTHON-LANG-SEC-032


def blake(data):
    return hashlib.new("blake2b", data).hexdigest()  # ok: PYTHON-LANG-SEC-032


def cache_key(url):
    return hashlib.new("md5", url.encode(), usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-032


def legacy_etag(body):
    return hashlib.new("sha1", body, usedforsecurity=False).hexdigest()  # ok: PYTHON-LANG-SEC-032


def truncated_digest(data):
    return hashlib.new("sha512_256", data).hexdigest()  # ok: PYTHON-LANG-SEC-032
