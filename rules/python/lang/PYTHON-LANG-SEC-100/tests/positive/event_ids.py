"""Event identifiers published in the public activity API."""

from uuid import uuid1, uuid6 as sortable_uuid

import uuid as _uuid


def new_event(kind, payload):
    return {"id": uuid1().hex, "kind": kind, "payload": payload}  # expect: PYTHON-LANG-SEC-100


def new_sortable_event(kind):
    return {"id": str(sortable_uuid()), "kind": kind}  # expect: PYTHON-LANG-SEC-100


def upload_key(filename):
    return f"uploads/{_uuid.uuid1(node=None)}/{filename}"  # expect: PYTHON-LANG-SEC-100
