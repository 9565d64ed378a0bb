"""Opens SSH tunnels through a jump host for the reporting dashboards."""

import paramiko as pk
import paramiko.client
from paramiko import WarningPolicy as LogOnlyPolicy

JUMP_HOST = "jump.example.net"

# Module-level policy object shared by every client created below.
permissive = pk.AutoAddPolicy()  # expect: PYTHON-LANG-SEC-071


def jump_client():
    gateway = pk.SSHClient()
    gateway.set_missing_host_key_policy(LogOnlyPolicy)  # expect: PYTHON-LANG-SEC-071
    gateway.connect(JUMP_HOST, username="tunnel")
    return gateway


def inner_client(gateway, target, port=22):
    channel = gateway.get_transport().open_channel("direct-tcpip", (target, port), ("127.0.0.1", 0))
    inner = pk.SSHClient()
    inner.set_missing_host_key_policy(permissive)
    inner.connect(target, username="report", sock=channel)
    return inner


def legacy_client(host):
    client = paramiko.client.SSHClient()
    client.set_missing_host_key_policy(paramiko.client.AutoAddPolicy())  # expect: PYTHON-LANG-SEC-071
    client.connect(host, username="report")
    return client
