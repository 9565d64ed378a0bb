"""Roll a release tarball out to every web node listed in inventory.txt."""

import pathlib
import sys

import paramiko

INVENTORY = pathlib.Path(__file__).with_name("inventory.txt")


def connect(host, user="deploy"):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # New nodes come up with fresh keys, so just take whatever key they present.
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect: PYTHON-LANG-SEC-071
    client.connect(host, username=user, timeout=10)
    return client


def connect_bastion(host):
    bastion = paramiko.SSHClient()
    # Passing the class works too: paramiko instantiates it.
    bastion.set_missing_host_key_policy(paramiko.WarningPolicy)  # expect: PYTHON-LANG-SEC-071
    bastion.connect(host, username="jump", timeout=10)
    return bastion


def deploy(release):
    for host in INVENTORY.read_text().split():
        client = connect(host)
        try:
            sftp = client.open_sftp()
            sftp.put(release, f"/srv/releases/{pathlib.Path(release).name}")
            sftp.close()
        finally:
            client.close()


if __name__ == "__main__":
    deploy(sys.argv[1])
