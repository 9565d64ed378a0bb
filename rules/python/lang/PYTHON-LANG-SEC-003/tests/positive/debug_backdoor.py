"""A "support shell" on a TCP port: connect with netcat and get a Python prompt inside the service."""

import code
import socket
import threading


class SocketConsole(code.InteractiveConsole):
    """Reads lines from a client socket instead of the terminal."""

    def __init__(self, conn, namespace):
        super().__init__(namespace)
        self.conn = conn
        self.reader = conn.makefile("r")

    def write(self, data):
        self.conn.sendall(data.encode())

    def raw_input(self, prompt=""):
        self.write(prompt)
        line = self.reader.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")


def serve_support_shell(app_state, port=4444):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", port))
    listener.listen(1)
    while True:
        conn, _ = listener.accept()
        console = SocketConsole(conn, {"app": app_state})  # expect: PYTHON-LANG-SEC-003
        threading.Thread(target=console.interact, daemon=True).start()


def replay_session(console: code.InteractiveConsole, transcript):
    for line in transcript:
        more = console.push(line)  # expect: PYTHON-LANG-SEC-003
        if not more:
            continue
