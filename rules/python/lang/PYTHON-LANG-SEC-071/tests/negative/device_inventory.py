"""Network inventory: decides whether devices seen on the LAN are recorded automatically.

The policy classes here are our own and have nothing to do with SSH host keys.
"""

import dataclasses

import paramiko


@dataclasses.dataclass
class AutoAddPolicy:
    max_devices: int = 250
    vendors: tuple = ()

    def accepts(self, device):
        return not self.vendors or device.vendor in self.vendors


@dataclasses.dataclass
class WarningPolicy:
    threshold: int = 10

    def should_warn(self, unknown_count):
        return unknown_count >= self.threshold


def default_policies():
    add_policy = AutoAddPolicy(max_devices=500)  # ok: PYTHON-LANG-SEC-071
    warn_policy = WarningPolicy(threshold=3)  # ok: PYTHON-LANG-SEC-071
    return add_policy, warn_policy


def poll_switch(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="inventory", look_for_keys=True)
    return client
