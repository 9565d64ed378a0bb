"""Look-alikes: fixed programs with run-time arguments, constant commands, fixed scripts."""

import subprocess
import sys
from subprocess import run

GIT = "/usr/bin/git"
STATUS = ["git", "status", "--porcelain"]


def current_branch(repo):
    # Fixed program; repo is a single argument no shell interprets.
    return subprocess.check_output([GIT, "-C", repo, "rev-parse", "--abbrev-ref", "HEAD"], text=True)  # ok: PYTHON-LANG-SEC-020


def status():
    return subprocess.run(STATUS, capture_output=True, text=True).stdout  # ok: PYTHON-LANG-SEC-020


def install(package):
    return subprocess.check_call([sys.executable, "-m", "pip", "install", package])  # ok: PYTHON-LANG-SEC-020


def thumbnail(src, dst):
    return run(["convert", src, "-thumbnail", "128", dst], check=True)  # ok: PYTHON-LANG-SEC-020


def run_script(script_path):
    # A script file, not a -c script string.
    return subprocess.call(["bash", script_path])  # ok: PYTHON-LANG-SEC-020


def clean_workspace():
    return subprocess.run(["bash", "-c", "rm -rf build/ dist/"], check=True)  # ok: PYTHON-LANG-SEC-020


def uptime():
    return subprocess.check_output("uptime")  # ok: PYTHON-LANG-SEC-020


def kernel():
    return subprocess.getoutput("uname -a")  # ok: PYTHON-LANG-SEC-020


def tunnel(host, cipher):
    # ssh -c selects a cipher; ssh is not a shell.
    return subprocess.Popen(["ssh", "-c", cipher, "-N", host])  # ok: PYTHON-LANG-SEC-020


def log(repo, extra_args):
    # The program is fixed, but list concatenation with an unknown list is not folded yet.
    return subprocess.run(["git", "-C", repo, "log"] + extra_args, check=True)  # todook: PYTHON-LANG-SEC-020


def diff(*paths):
    return subprocess.run(["git", "diff", "--", *paths], capture_output=True).stdout  # ok: PYTHON-LANG-SEC-020


def follow(path):
    return subprocess.Popen(["tail", "-n", "100", "-f", path], stdout=subprocess.PIPE)  # ok: PYTHON-LANG-SEC-020
