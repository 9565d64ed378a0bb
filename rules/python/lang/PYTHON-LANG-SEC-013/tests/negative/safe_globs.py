"""Look-alikes: wildcards that cannot expand to an option, wildcards without a shell, and no wildcard at all."""

import glob
import os
import subprocess

CACHE_DIR = "/var/cache/app"


def clear_cache():
    # Every expansion starts with "/var/cache/app/", never with "-".
    os.system("rm -f /var/cache/app/*")  # ok: PYTHON-LANG-SEC-013


def archive_current_dir():
    os.system("tar czf /var/backups/site.tgz ./*")  # ok: PYTHON-LANG-SEC-013


def archive_after_double_dash():
    subprocess.call("tar czf /var/backups/site.tgz -- *", shell=True, cwd=CACHE_DIR)  # ok: PYTHON-LANG-SEC-013


def remove_bytecode():
    # Quoted: find receives the pattern itself and matches it internally.
    os.system("find . -name '*.pyc' -delete")  # ok: PYTHON-LANG-SEC-013


def grep_sources():
    return subprocess.run("grep -rn TODO --include=*.py src", shell=True, capture_output=True).stdout  # ok: PYTHON-LANG-SEC-013


def archive_without_shell():
    # No shell: tar receives a literal "*" argument.
    subprocess.run(["tar", "czf", "out.tgz", "*"], cwd=CACHE_DIR, check=True)  # ok: PYTHON-LANG-SEC-013


def arithmetic():
    return os.popen("echo $((6*7))").read()  # ok: PYTHON-LANG-SEC-013


def python_glob():
    files = glob.glob(os.path.join(CACHE_DIR, "*.json"))  # ok: PYTHON-LANG-SEC-013
    return sorted(files)


def disk_usage():
    return subprocess.getoutput("du -sh /srv/app/uploads")  # ok: PYTHON-LANG-SEC-013
