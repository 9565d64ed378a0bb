"""Runs repository hooks configured by project owners."""

import os
from os import P_NOWAIT, P_WAIT, posix_spawnp, spawnlp

HOOKS_DIR = "/srv/hooks"


def run_hook(repo, hook_name):
    path = os.path.join(HOOKS_DIR, repo, hook_name)
    # hook_name "../../bin/sh" walks out of the hooks directory.
    return os.spawnv(P_WAIT, path, [path, repo])  # expect: PYTHON-LANG-SEC-012


def run_inline_hook(hook):
    return os.spawnl(P_WAIT, "/bin/sh", "sh", "-c", hook["command"])  # expect: PYTHON-LANG-SEC-012


def notify(channel, text):
    return spawnlp(P_NOWAIT, "bash", "bash", "-c", f"notify-send {channel} '{text}'")  # expect: PYTHON-LANG-SEC-012


def run_checked(script, env):
    return os.spawnve(P_WAIT, "/bin/bash", ["bash", "-e", "-c", script], env)  # expect: PYTHON-LANG-SEC-012


def spawn_program(program, args):
    return posix_spawnp(program, [program, *args], dict(os.environ))  # expect: PYTHON-LANG-SEC-012


def spawn_script(script):
    return os.posix_spawn("/bin/sh", ["sh", "-c", script], os.environ)  # expect: PYTHON-LANG-SEC-012


class Daemonizer:
    def __init__(self, config):
        self.executable = config["executable"]

    def start(self):
        return os.spawnlp(P_NOWAIT, self.executable, self.executable, "--daemon")  # expect: PYTHON-LANG-SEC-012


if __name__ == "__main__":
    import sys

    sys.exit(os.spawnvp(P_WAIT, sys.argv[1], sys.argv[1:]))  # expect: PYTHON-LANG-SEC-012
