"""Safe look-alikes: negotiated protocols with a TLS 1.2 floor, and modern pinning."""

import socket
import ssl
from ssl import PROTOCOL_TLS_CLIENT, SSLContext

import urllib3
from OpenSSL import SSL

FLOOR = ssl.TLSVersion.TLSv1_2


def client_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # ok: PYTHON-LANG-SEC-051
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # ok: PYTHON-LANG-SEC-051
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3  # ok: PYTHON-LANG-SEC-051
    ctx.load_default_certs()
    return ctx


def server_context(cert, key):
    ctx = SSLContext(protocol=ssl.PROTOCOL_TLS_SERVER)  # ok: PYTHON-LANG-SEC-051
    ctx.load_cert_chain(cert, key)
    return ctx


def default_socket(host):
    ctx = ssl.create_default_context()  # ok: PYTHON-LANG-SEC-051
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)  # ok: PYTHON-LANG-SEC-051


def certificate(host):
    return ssl.get_server_certificate((host, 443))  # ok: PYTHON-LANG-SEC-051


def pyopenssl_context():
    return SSL.Context(SSL.TLS_CLIENT_METHOD)  # ok: PYTHON-LANG-SEC-051


def modern_pool():
    return urllib3.PoolManager(ssl_minimum_version=FLOOR)  # ok: PYTHON-LANG-SEC-051


def tls13_only_pool():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_3)  # ok: PYTHON-LANG-SEC-051


def negotiated(host):
    return SSLContext(PROTOCOL_TLS_CLIENT)  # ok: PYTHON-LANG-SEC-051
