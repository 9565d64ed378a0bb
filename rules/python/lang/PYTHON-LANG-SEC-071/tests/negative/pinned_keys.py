"""Connect only to servers whose SHA-256 host key fingerprint is pinned in our config."""

import base64
import hashlib

import paramiko


class PinnedFingerprintPolicy(paramiko.MissingHostKeyPolicy):
    """Accept an unknown key only if its fingerprint was pinned out of band."""

    def __init__(self, pinned):
        self.pinned = pinned

    def missing_host_key(self, client, hostname, key):
        digest = hashlib.sha256(key.asbytes()).digest()
        fingerprint = "SHA256:" + base64.b64encode(digest).decode().rstrip("=")
        if fingerprint != self.pinned.get(hostname):
            raise paramiko.SSHException(f"host key for {hostname} is not pinned: {fingerprint}")
        client.get_host_keys().add(hostname, key.get_name(), key)


def open_client(host, pinned):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(PinnedFingerprintPolicy(pinned))  # ok: PYTHON-LANG-SEC-071
    client.connect(host, username="ops")
    return client


def assert_strict(client):
    """Guard used by the test-suite: fail if anyone switched a client to trust-on-first-use."""
    policy = client._policy
    if isinstance(policy, (paramiko.AutoAddPolicy, paramiko.WarningPolicy)):  # ok: PYTHON-LANG-SEC-071
        raise RuntimeError("SSH client accepts unknown host keys")
