"""The same helpers with permissions that do not let other users write."""

import os
import stat
from pathlib import Path

import paramiko

PRIVATE = 0o600
RELEASES = Path("/srv/app/releases")


def secure_key(path):
    os.chmod(path, 0o600)  # ok: PYTHON-LANG-SEC-101
    os.chmod(path, PRIVATE)  # ok: PYTHON-LANG-SEC-101
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)  # ok: PYTHON-LANG-SEC-101
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)  # ok: PYTHON-LANG-SEC-101


def publish_static(path):
    os.chmod(path, 0o644)  # ok: PYTHON-LANG-SEC-101
    os.chmod(path, mode=0o444)  # ok: PYTHON-LANG-SEC-101


def make_runnable(script):
    os.chmod(script, 0o755)  # ok: PYTHON-LANG-SEC-101
    os.chmod(script, 0o750)  # ok: PYTHON-LANG-SEC-101
    st = os.stat(script)
    os.chmod(script, st.st_mode | stat.S_IEXEC)  # ok: PYTHON-LANG-SEC-101


def private_dir(path: Path):
    path.mkdir(mode=0o777, exist_ok=True)  # ok: PYTHON-LANG-SEC-101
    path.chmod(0o700)  # ok: PYTHON-LANG-SEC-101
    os.makedirs(path / "cache", mode=0o777, exist_ok=True)  # ok: PYTHON-LANG-SEC-101


def write_config(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o640)  # ok: PYTHON-LANG-SEC-101
    os.close(fd)


def publish(client: paramiko.SSHClient, local, remote):
    sftp = client.open_sftp()
    sftp.put(local, remote)
    sftp.chmod(remote, 0o644)  # ok: PYTHON-LANG-SEC-101


def current_umask():
    mask = os.umask(0)  # ok: PYTHON-LANG-SEC-101
    os.umask(mask)
    return mask
