"""Worker that replaces itself with the job's command (so signals reach the job directly)."""

import os
import shlex
from os import execv, execvpe

TOOLS_DIR = "/opt/tools/bin"


def run_tool(job):
    # job["tool"] comes from the queue message: "../../../bin/bash" escapes TOOLS_DIR.
    program = os.path.join(TOOLS_DIR, job["tool"])
    execv(program, [program, *job["args"]])  # expect: PYTHON-LANG-SEC-011


def run_shell_step(job):
    # The step's script goes to a shell: `;`, `$(...)` and backticks all work.
    os.execl("/bin/sh", "sh", "-c", job["script"])  # expect: PYTHON-LANG-SEC-011


def run_make(workdir, target):
    os.execlp("bash", "bash", "-lc", f"cd {workdir} && make {target}")  # expect: PYTHON-LANG-SEC-011


def run_with_env(command, env):
    os.execve("/bin/bash", ["bash", "-c", command], env)  # expect: PYTHON-LANG-SEC-011


def run_strict(command, env):
    execvpe("sh", ["sh", "-e", "-c", command], env)  # expect: PYTHON-LANG-SEC-011


def run_python_snippet(snippet):
    os.execvp("python3", ["python3", "-c", snippet])  # expect: PYTHON-LANG-SEC-011


def run_quoted(path):
    # shlex.quote() makes this safe, but a pattern rule cannot see it: review and keep, or drop the shell.
    os.execl("/bin/sh", "sh", "-c", "wc -l " + shlex.quote(path))  # expect: PYTHON-LANG-SEC-011


if __name__ == "__main__":
    import sys

    # "runner.py <program> <args...>": the program comes straight from the command line of the caller.
    os.execvp(sys.argv[1], sys.argv[1:])  # expect: PYTHON-LANG-SEC-011
