"""Forwards syslog lines to the central collector over TLS."""

import socket
import ssl
import sys

COLLECTOR = ("logs.example.com", 6514)


def forward(lines):
    raw = socket.create_connection(COLLECTOR)
    conn = ssl.wrap_socket(raw, None, None, False, ssl.CERT_REQUIRED, ssl.PROTOCOL_TLS, "/etc/ssl/certs/ca.pem")  # expect: PYTHON-LANG-SEC-052
    for line in lines:
        conn.sendall(line.encode() + b"\n")
    conn.close()


if __name__ == "__main__":
    forward(sys.stdin)
