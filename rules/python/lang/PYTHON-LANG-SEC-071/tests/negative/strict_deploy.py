"""Roll a release out to the web nodes; host keys must already be in known_hosts."""

import pathlib
import sys

import paramiko
from paramiko import RejectPolicy as StrictPolicy

KNOWN_HOSTS = pathlib.Path("/etc/deploy/known_hosts")
INVENTORY = pathlib.Path(__file__).with_name("inventory.txt")


def connect(host, user="deploy"):
    client = paramiko.SSHClient()
    client.load_system_host_keys()  # ok: PYTHON-LANG-SEC-071
    client.load_host_keys(str(KNOWN_HOSTS))  # ok: PYTHON-LANG-SEC-071
    client.set_missing_host_key_policy(paramiko.RejectPolicy())  # ok: PYTHON-LANG-SEC-071
    client.connect(host, username=user, timeout=10)
    return client


def connect_bastion(host):
    bastion = paramiko.SSHClient()
    bastion.load_host_keys(str(KNOWN_HOSTS))  # ok: PYTHON-LANG-SEC-071
    bastion.set_missing_host_key_policy(paramiko.RejectPolicy)  # ok: PYTHON-LANG-SEC-071
    bastion.connect(host, username="jump", timeout=10)
    return bastion


def connect_replica(host):
    replica = paramiko.SSHClient()
    replica.load_system_host_keys()  # ok: PYTHON-LANG-SEC-071
    replica.set_missing_host_key_policy(StrictPolicy())  # ok: PYTHON-LANG-SEC-071
    replica.connect(host, username="backup")
    return replica


if __name__ == "__main__":
    for node in INVENTORY.read_text().split():
        connect(node).close()
    connect_bastion(sys.argv[1]).close()
