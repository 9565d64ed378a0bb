"""Look-alikes: daemonising, log redirection, socket activation, pty-based terminals, network checks."""

import os
import pty
import socket
import subprocess
import sys

LOG_PATH = "/var/log/app/worker.log"


def daemonize():
    if os.fork():
        sys.exit(0)
    os.setsid()
    si = open(os.devnull, "r")
    so = open(LOG_PATH, "a+")
    se = open(LOG_PATH, "a+")
    os.dup2(si.fileno(), sys.stdin.fileno())  # ok: PYTHON-LANG-SEC-014
    os.dup2(so.fileno(), sys.stdout.fileno())  # ok: PYTHON-LANG-SEC-014
    os.dup2(se.fileno(), sys.stderr.fileno())  # ok: PYTHON-LANG-SEC-014


def redirect_output(log_file):
    os.dup2(log_file.fileno(), 1)  # ok: PYTHON-LANG-SEC-014


def hand_listener_to_child(sock: socket.socket):
    # systemd-style socket activation: the listening socket becomes fd 3, stdio is untouched.
    os.dup2(sock.fileno(), 3)  # ok: PYTHON-LANG-SEC-014
    os.execvp("gunicorn", ["gunicorn", "app:app"])


def web_terminal():
    # Browser terminal: the shell is attached to a pseudo-terminal, not to a network socket.
    master_fd, slave_fd = pty.openpty()
    proc = subprocess.Popen(["bash"], stdin=slave_fd, stdout=slave_fd, stderr=slave_fd)  # ok: PYTHON-LANG-SEC-014
    return proc, master_fd


def record_session():
    pty.spawn("/bin/bash")  # ok: PYTHON-LANG-SEC-014


def port_open(host):
    return subprocess.run(["nc", "-z", "-w", "3", host, "5432"]).returncode == 0  # ok: PYTHON-LANG-SEC-014


def port_open_shell():
    return os.system("nc -zv db.internal 5432") == 0  # ok: PYTHON-LANG-SEC-014


def run_build(conn):
    # A build script whose output is captured and sent back over a connection by Python code.
    result = subprocess.run(["/bin/bash", "build.sh"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)  # ok: PYTHON-LANG-SEC-014
    conn.sendall(result.stdout)  # ok: PYTHON-LANG-SEC-014


def echo(sock: socket.socket):
    data = sock.recv(1024)
    sock.sendall(data)  # ok: PYTHON-LANG-SEC-014


def deploy():
    proc = subprocess.Popen(["/bin/sh", "-c", "./deploy.sh"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # ok: PYTHON-LANG-SEC-014
    return proc.communicate(b"yes\n")


def netcat_version():
    return subprocess.check_output("ncat --version", shell=True)  # ok: PYTHON-LANG-SEC-014
