"""Local agent: a control socket for the CLI and a status port, reachable from this host only."""

import argparse
import configparser
import os
import socket
import sys

CONTROL_HOST = "127.0.0.1"
CONTROL_PORT = 7400
SOCKET_PATH = "/run/agent/agent.sock"


def open_control_socket():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((CONTROL_HOST, CONTROL_PORT))  # ok: PYTHON-LANG-SEC-070
    sock.listen(8)
    return sock


def open_loopback_v6(port):
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    sock.bind(("::1", port, 0, 0))  # ok: PYTHON-LANG-SEC-070
    sock.listen(8)
    return sock


def open_unix_socket():
    if os.path.exists(SOCKET_PATH):
        os.unlink(SOCKET_PATH)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(SOCKET_PATH)  # ok: PYTHON-LANG-SEC-070
    os.chmod(SOCKET_PATH, 0o600)
    sock.listen(8)
    return sock


def open_status_socket(host, port):
    """The operator chooses the interface; the default in main() is loopback."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((host, port))  # ok: PYTHON-LANG-SEC-070
    sock.listen(4)
    return sock


def open_from_environment():
    host = os.environ.get("AGENT_METRICS_HOST", "127.0.0.1")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((host, 9400))  # ok: PYTHON-LANG-SEC-070
    return sock


def open_from_config(path):
    config = configparser.ConfigParser()
    config.read(path)
    listen_host = config.get("listen", "host", fallback="localhost")
    listen_port = config.getint("listen", "port", fallback=9401)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((listen_host, listen_port))  # ok: PYTHON-LANG-SEC-070
    return sock


def open_platform_default(port):
    bind_host = "127.0.0.1"
    if sys.platform == "win32":
        bind_host = "localhost"
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((bind_host, port))  # ok: PYTHON-LANG-SEC-070
    return sock


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--status-host", default="127.0.0.1")
    parser.add_argument("--status-port", type=int, default=7401)
    args = parser.parse_args()
    listeners = [
        open_control_socket(),
        open_loopback_v6(CONTROL_PORT),
        open_unix_socket(),
        open_status_socket(args.status_host, args.status_port),
    ]
    return listeners


if __name__ == "__main__":
    main()
