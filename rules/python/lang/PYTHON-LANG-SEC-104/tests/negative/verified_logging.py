"""Logging configuration from local files, or from the network only with signature verification."""

import hashlib
import hmac
import logging.config
import os
import socket

SECRET = os.environ.get("LOG_CONFIG_KEY", "").encode()


def verify_signature(data: bytes):
    signature, _, payload = data.partition(b"\n")
    expected = hmac.new(SECRET, payload, hashlib.sha256).hexdigest().encode()
    return payload if hmac.compare_digest(signature, expected) else None


def start_verified_listener():
    t = logging.config.listen(9030, verify=verify_signature)  # ok: PYTHON-LANG-SEC-104
    t.start()
    u = logging.config.listen(9031, verify_signature)  # ok: PYTHON-LANG-SEC-104
    u.start()
    return t, u


def configure_from_files():
    logging.config.fileConfig("logging.ini", disable_existing_loggers=False)  # ok: PYTHON-LANG-SEC-104
    logging.config.dictConfig({"version": 1, "root": {"level": "INFO"}})  # ok: PYTHON-LANG-SEC-104


def shutdown():
    logging.config.stopListening()  # ok: PYTHON-LANG-SEC-104


def plain_server():
    server = socket.socket()
    server.bind(("127.0.0.1", 9040))
    server.listen(5)  # ok: PYTHON-LANG-SEC-104
    return server
