"""Identifiers and tokens from random or name-based UUIDs and the secrets module."""

import secrets
import uuid

NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")  # ok: PYTHON-LANG-SEC-100


def session_id():
    return str(uuid.uuid4())  # ok: PYTHON-LANG-SEC-100


def reset_token():
    return secrets.token_urlsafe(32)  # ok: PYTHON-LANG-SEC-100


def stable_id(url):
    return uuid.uuid5(uuid.NAMESPACE_URL, url)  # ok: PYTHON-LANG-SEC-100


def legacy_stable_id(name):
    return uuid.uuid3(NAMESPACE, name)  # ok: PYTHON-LANG-SEC-100


def parse(value):
    return uuid.UUID(hex=value)  # ok: PYTHON-LANG-SEC-100


class IdFactory:
    def uuid1(self):
        # Not the uuid module: a project method that happens to share the name.
        return uuid.uuid4()

    def make(self):
        return self.uuid1()  # ok: PYTHON-LANG-SEC-100
