"""Minimal IMAP/SMTP client written for Python 2.7 and never modernised."""

import socket
import ssl
from ssl import wrap_socket

import ssl as tls

CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"


def open_imap(host, port=993):
    raw = socket.create_connection((host, port), timeout=10)
    return ssl.wrap_socket(raw)  # expect: PYTHON-LANG-SEC-052


def open_smtps(host, port=465):
    raw = socket.create_connection((host, port), timeout=10)
    # Checks the chain, but not that the certificate belongs to host.
    return wrap_socket(raw, cert_reqs=ssl.CERT_REQUIRED, ca_certs=CA_BUNDLE)  # expect: PYTHON-LANG-SEC-052


class PushGateway:
    def __init__(self, host, port, client_cert, client_key):
        self.host = host
        self.port = port
        self.client_cert = client_cert
        self.client_key = client_key

    def connect(self):
        raw = socket.create_connection((self.host, self.port))
        return tls.wrap_socket(  # expect: PYTHON-LANG-SEC-052
            raw,
            keyfile=self.client_key,
            certfile=self.client_cert,
            server_side=False,
        )
