"""Safe look-alikes: SSLContext.wrap_socket with server_hostname, and server-side sockets."""

import socket
import ssl

CONTEXT = ssl.create_default_context()


def open_imap(host, port=993):
    raw = socket.create_connection((host, port), timeout=10)
    return CONTEXT.wrap_socket(raw, server_hostname=host)  # ok: PYTHON-LANG-SEC-052


def open_private(host, port, ca_file):
    ctx = ssl.create_default_context(cafile=ca_file)
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls_sock:  # ok: PYTHON-LANG-SEC-052
            return tls_sock.version()


def legacy_server(listener, certfile, keyfile):
    conn, _ = listener.accept()
    # Server side: clients are not expected to present certificates.
    return ssl.wrap_socket(conn, keyfile=keyfile, certfile=certfile, server_side=True)  # ok: PYTHON-LANG-SEC-052


def modern_server(listener, certfile, keyfile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    conn, _ = listener.accept()
    return ctx.wrap_socket(conn, server_side=True)  # ok: PYTHON-LANG-SEC-052
