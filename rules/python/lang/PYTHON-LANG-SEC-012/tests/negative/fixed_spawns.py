"""Look-alikes: fixed programs, fixed scripts, dynamic arguments without a shell."""

import os
import sys

CONVERT = "/usr/bin/convert"


def thumbnail(src, dst):
    # Fixed program, each value is one argv element: no shell, no injection.
    return os.spawnv(os.P_WAIT, CONVERT, [CONVERT, src, "-resize", "128x128", dst])  # ok: PYTHON-LANG-SEC-012


def reindex():
    return os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "cd /srv/search && ./reindex")  # ok: PYTHON-LANG-SEC-012


def run_maintenance():
    return os.spawnlp(os.P_WAIT, "bash", "bash", "/opt/app/maintenance.sh")  # ok: PYTHON-LANG-SEC-012


def worker(queue_name):
    return os.spawnv(os.P_NOWAIT, sys.executable, [sys.executable, "-m", "app.worker", queue_name])  # ok: PYTHON-LANG-SEC-012


def compress(path):
    return os.posix_spawnp("gzip", ["gzip", "-9", path], os.environ)  # ok: PYTHON-LANG-SEC-012


def copy_remote(cipher, src, dst):
    return os.posix_spawnp("scp", ["scp", "-c", cipher, src, dst], os.environ)  # ok: PYTHON-LANG-SEC-012


def list_windows_dir():
    return os.spawnv(os.P_WAIT, "C:\\Windows\\System32\\cmd.exe", ["cmd.exe", "/c", "dir"])  # ok: PYTHON-LANG-SEC-012


def background_backup(target):
    return os.spawnlp(os.P_NOWAIT, "rsync", "rsync", "-a", "--", "/srv/data/", target)  # ok: PYTHON-LANG-SEC-012
