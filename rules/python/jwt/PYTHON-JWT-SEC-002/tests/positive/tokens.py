"""Token helpers shared by the gateway and the test harness."""

import os

import jwt

KEY = os.environ["JWT_KEY"]
NO_SIGNATURE = "none"


def issue_debug_token(user_id):
    return jwt.encode({"sub": user_id, "debug": True}, None, algorithm="none")  # expect: PYTHON-JWT-SEC-002


def issue_internal_token(user_id):
    return jwt.encode({"sub": user_id}, None, NO_SIGNATURE)  # expect: PYTHON-JWT-SEC-002


def read_token(token):
    # Accepts unsigned tokens next to signed ones.
    return jwt.decode(token, KEY, ["HS256", "none"])  # expect: PYTHON-JWT-SEC-002


def read_any(token):
    return jwt.decode(token, KEY, algorithms=jwt.algorithms.get_default_algorithms())  # expect: PYTHON-JWT-SEC-002


def read_legacy(token):
    return jwt.decode(token, KEY, algorithms="none")  # expect: PYTHON-JWT-SEC-002


def read_gateway_token(token):
    return jwt.decode(token, KEY, algorithms=["HS256", "none"])  # todoruleid: PYTHON-JWT-SEC-002
