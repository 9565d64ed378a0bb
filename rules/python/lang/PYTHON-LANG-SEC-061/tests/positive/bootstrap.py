#!/usr/bin/env python3
"""Bootstrap script: downloads the installer and runs it."""

import subprocess
import urllib.request

INSTALLER_URL = "http://downloads.example.com/installer/latest.sh"

if __name__ == "__main__":
    path, _ = urllib.request.urlretrieve(INSTALLER_URL, "/tmp/installer.sh")  # expect: PYTHON-LANG-SEC-061
    subprocess.run(["sh", path], check=True)
    version = urllib.request.urlopen("http://downloads.example.com/installer/VERSION").read()  # expect: PYTHON-LANG-SEC-061
    print("installed", version.decode().strip())
