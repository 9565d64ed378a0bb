"""Nightly job: pull database dumps from the replicas over SFTP."""

import datetime
import os

from paramiko import AutoAddPolicy, SSHClient
from paramiko.client import WarningPolicy

REPLICAS = ["db-replica-1.internal", "db-replica-2.internal"]


class DumpPuller:
    def __init__(self, target_dir):
        self.target_dir = target_dir
        self.ssh = SSHClient()

    def open(self, host):
        self.ssh.set_missing_host_key_policy(AutoAddPolicy())  # expect: PYTHON-LANG-SEC-071
        self.ssh.connect(host, username="backup", key_filename=os.path.expanduser("~/.ssh/backup_ed25519"))

    def pull(self, host):
        self.open(host)
        stamp = datetime.date.today().isoformat()
        with self.ssh.open_sftp() as sftp:
            sftp.get("/var/backups/latest.sql.gz", os.path.join(self.target_dir, f"{host}-{stamp}.sql.gz"))
        self.ssh.close()


def verify_replica_reachable(host):
    ssh = SSHClient()
    ssh.set_missing_host_key_policy(
        WarningPolicy()  # expect: PYTHON-LANG-SEC-071
    )
    ssh.connect(host, username="backup", timeout=5)
    ssh.close()


if __name__ == "__main__":
    puller = DumpPuller("/srv/dumps")
    for replica in REPLICAS:
        verify_replica_reachable(replica)
        puller.pull(replica)
