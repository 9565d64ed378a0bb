"""Look-alikes: constant shell command lines, argument lists, and shell=False."""

import subprocess

COMPOSE_UP = "docker compose up -d"
RELEASE = "1.4.2"
TAG_RELEASE = "git tag v" + RELEASE + " && git push --tags"


def count_files():
    return subprocess.run("ls -la | wc -l", shell=True, capture_output=True, text=True).stdout  # ok: PYTHON-LANG-SEC-021


def start_stack(project_dir):
    # cwd is run-time data, but it is not part of the command line.
    subprocess.run(COMPOSE_UP, shell=True, cwd=project_dir, check=True)  # ok: PYTHON-LANG-SEC-021


def tag_release():
    subprocess.check_call(TAG_RELEASE, shell=True)  # ok: PYTHON-LANG-SEC-021


def grep(pattern, path):
    # An argument list without a shell: the pattern is one argument.
    return subprocess.run(["grep", "-n", pattern, path], capture_output=True, text=True).stdout  # ok: PYTHON-LANG-SEC-021


def grep_explicit(pattern, path):
    return subprocess.run(["grep", "-n", pattern, path], shell=False, capture_output=True).stdout  # ok: PYTHON-LANG-SEC-021


def windows_dir():
    return subprocess.check_output(["dir", "/b"], shell=True, text=True)  # ok: PYTHON-LANG-SEC-021


def disk_free():
    return subprocess.check_output("df -h / | tail -1", shell=True)  # ok: PYTHON-LANG-SEC-021


def build_docs(docs_dir):
    return subprocess.run("make html", shell=True, cwd=docs_dir, env={"SPHINXOPTS": "-W"})  # ok: PYTHON-LANG-SEC-021
