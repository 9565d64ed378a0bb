"""Deployment helpers: unpack a release, make scripts runnable, prepare shared directories."""

import os
import stat
import tarfile
from os import chmod as set_mode
from pathlib import Path

SHARED_MODE = 0o775
RELEASES = Path("/srv/app/releases")


def unpack(archive, version):
    target = RELEASES / version
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    for script in (target / "bin").iterdir():
        os.chmod(script, 0o777)  # expect: PYTHON-LANG-SEC-101
    return target


def prepare_upload_dir(path):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, mode=SHARED_MODE)  # expect: PYTHON-LANG-SEC-101


def make_public(path):
    set_mode(path, 438)  # expect: PYTHON-LANG-SEC-101


def shared_tmp(path):
    os.chmod(path, 0o1777)  # expect: PYTHON-LANG-SEC-101


def write_config(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o666)  # expect: PYTHON-LANG-SEC-101
    os.write(fd, text.encode())
    os.close(fd)


def open_for_all(path):
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # expect: PYTHON-LANG-SEC-101
