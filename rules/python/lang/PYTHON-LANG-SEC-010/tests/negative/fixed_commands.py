"""Look-alikes: constant shell commands, argument lists without a shell, and other system() methods."""

import os
import platform
import shlex
import subprocess

CLEAR = "cls" if platform.system() == "Windows" else "clear"
SYNC = "sync"
LOG_DIR = "/var/log/app"


def clear_screen():
    os.system("clear")  # ok: PYTHON-LANG-SEC-010


def clear_screen_portable():
    # Both branches are constants, but a conditional expression is not folded to a known value yet.
    os.system(CLEAR)  # todook: PYTHON-LANG-SEC-010


def flush_disks():
    os.system(SYNC)  # ok: PYTHON-LANG-SEC-010


def rotate_logs():
    # Constant concatenation is folded into one constant command.
    os.system("logrotate -f " + LOG_DIR + "/logrotate.conf")  # ok: PYTHON-LANG-SEC-010


def kernel_version():
    with os.popen("uname -r") as out:  # ok: PYTHON-LANG-SEC-010
        return out.read().strip()


def ping(host):
    # No shell: the host is one argument, whatever characters it holds.
    return subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True).stdout  # ok: PYTHON-LANG-SEC-010


def machine_os():
    return platform.system()  # ok: PYTHON-LANG-SEC-010


class SolarSystem:
    def system(self, name):
        return {"name": name, "planets": 8}


def describe(star):
    return SolarSystem().system(star)  # ok: PYTHON-LANG-SEC-010


def quoted_listing(path):
    return shlex.split("ls -l " + shlex.quote(path))  # ok: PYTHON-LANG-SEC-010
