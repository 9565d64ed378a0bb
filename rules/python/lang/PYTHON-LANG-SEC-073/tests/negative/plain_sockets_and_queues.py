"""Status listener and a thread-based work queue: plain sockets and queue.Queue, no multiprocessing."""

import queue
import socket
import ssl
import threading

STATUS_PORT = 7500


def serve_status(certfile, keyfile):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certfile, keyfile)
    server = socket.create_server(("127.0.0.1", STATUS_PORT))
    while True:
        conn, _addr = server.accept()
        with context.wrap_socket(conn, server_side=True) as tls:
            request = tls.recv(1024)  # ok: PYTHON-LANG-SEC-073
            tls.sendall(b"OK " + request[:32])


def read_banner(host, port):
    with socket.create_connection((host, port), timeout=5) as sock:
        return sock.recv(256)  # ok: PYTHON-LANG-SEC-073


def raw_echo_once(server):
    conn, _addr = server.accept()
    with conn:
        data = conn.recv(4096)  # ok: PYTHON-LANG-SEC-073
        conn.sendall(data)


def run_workers(items, handler, threads=4):
    work = queue.Queue()
    done = queue.Queue()

    def worker():
        while True:
            item = work.get()  # ok: PYTHON-LANG-SEC-073
            if item is None:
                return
            done.put(handler(item))

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for item in items:
        work.put(item)
    for _ in pool:
        work.put(None)
    for thread in pool:
        thread.join()
    return [done.get(timeout=1) for _ in items]  # ok: PYTHON-LANG-SEC-073
