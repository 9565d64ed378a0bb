"""Dynamic lookups of harmless attributes, and dispatch through an explicit table."""

import os
import signal
import subprocess


class Jobs:
    def start(self):
        return "started"


ACTIONS = {"list": os.listdir, "stat": os.stat}


def platform_info():
    uid = getattr(os, "getuid", lambda: None)()  # ok: PYTHON-LANG-SEC-117
    sep = getattr(os, "sep")  # ok: PYTHON-LANG-SEC-117
    flag = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # ok: PYTHON-LANG-SEC-117
    return uid, sep, flag


def handle(jobs: Jobs, name):
    # A method of the application's own object, not of a dangerous module.
    return getattr(jobs, name)()  # ok: PYTHON-LANG-SEC-117


def dispatch(action, path):
    return ACTIONS[action](path)


def send(pid, signame):
    return os.kill(pid, getattr(signal, signame))  # ok: PYTHON-LANG-SEC-117
