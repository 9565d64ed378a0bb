"""Look-alikes: fixed programs with argument lists, fixed scripts, and the self-restart idiom."""

import os
import sys

GUNICORN = "/usr/local/bin/gunicorn"


def restart():
    os.execv(sys.executable, [sys.executable] + sys.argv)  # ok: PYTHON-LANG-SEC-011


def show_log(path):
    # A fixed program; the path is a single argument, no shell parses it.
    os.execvp("git", ["git", "log", "--", path])  # ok: PYTHON-LANG-SEC-011


def start_server(workers):
    os.execv(GUNICORN, [GUNICORN, "--workers", str(workers), "app:app"])  # ok: PYTHON-LANG-SEC-011


def run_entrypoint():
    os.execl("/bin/sh", "sh", "/opt/app/entrypoint.sh")  # ok: PYTHON-LANG-SEC-011


def exec_fixed_shell_line():
    os.execl("/bin/sh", "sh", "-c", "exec gunicorn app:app")  # ok: PYTHON-LANG-SEC-011


def serve_docs(port):
    os.execlp("python3", "python3", "-m", "http.server", str(port))  # ok: PYTHON-LANG-SEC-011


def tunnel(host, cipher):
    # ssh's -c selects a cipher; ssh is not a shell.
    os.execvp("ssh", ["ssh", "-c", cipher, host])  # ok: PYTHON-LANG-SEC-011


def run_bash_script(script_path, env):
    os.execve("/bin/bash", ["bash", script_path], env)  # ok: PYTHON-LANG-SEC-011


def restart_from_argv():
    # Re-executing the script the user started: the program comes from argv, which the rule cannot tell apart
    # from other run-time data.
    os.execv(sys.argv[0], sys.argv)  # todook: PYTHON-LANG-SEC-011


def list_directory_windows():
    os.execvp("cmd", ["cmd", "/c", "dir"])  # ok: PYTHON-LANG-SEC-011


def migrate(env):
    os.execle("/usr/bin/env", "env", "python3", "manage.py", "migrate", env)  # ok: PYTHON-LANG-SEC-011
