"""Safe look-alikes: the bootstrap downloads over HTTPS and checks the digest before running anything."""

import hashlib
import urllib.request

INSTALLER_URL = "https://downloads.example.com/installer/latest.sh"
EXPECTED_SHA256 = "0" * 64


def download(target):
    path, _ = urllib.request.urlretrieve(INSTALLER_URL, target)  # ok: PYTHON-LANG-SEC-061
    with open(path, "rb") as fh:
        if hashlib.sha256(fh.read()).hexdigest() != EXPECTED_SHA256:
            raise RuntimeError("installer digest mismatch")
    return path


def version():
    return urllib.request.urlopen(url="https://downloads.example.com/installer/VERSION").read()  # ok: PYTHON-LANG-SEC-061
