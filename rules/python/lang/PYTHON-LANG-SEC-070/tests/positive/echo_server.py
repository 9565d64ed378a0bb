"""Line echo service used by the integration test harness.

Each client gets its own thread; every line it sends is written straight back.
"""

import logging
import socket
import threading

LISTEN_PORT = 7007
BACKLOG = 32

log = logging.getLogger("echo")


def handle_client(conn, peer):
    log.info("client %s connected", peer)
    with conn, conn.makefile("rb") as lines:
        for line in lines:
            conn.sendall(line)
    log.info("client %s left", peer)


def accept_loop(server):
    while True:
        conn, peer = server.accept()
        threading.Thread(target=handle_client, args=(conn, peer), daemon=True).start()


def open_ipv4_listener():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # An empty host string is Python's spelling of INADDR_ANY.
    server.bind(("", LISTEN_PORT))  # expect: PYTHON-LANG-SEC-070
    server.listen(BACKLOG)
    return server


def open_ipv6_listener(port):
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    sock.bind(("::", port, 0, 0))  # expect: PYTHON-LANG-SEC-070
    sock.listen(BACKLOG)
    return sock


def open_admin_listener():
    admin = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    admin.bind(("127.0.0.1", 7008))  # ok: PYTHON-LANG-SEC-070
    admin.listen(1)
    return admin


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for listener in (open_ipv4_listener(), open_ipv6_listener(LISTEN_PORT)):
        threading.Thread(target=accept_loop, args=(listener,), daemon=True).start()
    accept_loop(open_admin_listener())
