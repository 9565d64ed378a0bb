"""Talks to legacy appliances (UPS, PDUs, old load balancers) that were configured years ago."""

import socket
import ssl
from ssl import PROTOCOL_TLSv1_1, SSLContext

import requests
import urllib3
from OpenSSL import SSL
from requests.adapters import HTTPAdapter

APPLIANCE_PROTOCOL = ssl.PROTOCOL_TLSv1


def appliance_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # expect: PYTHON-LANG-SEC-051
    ctx.load_verify_locations("/etc/ssl/appliances.pem")
    return ctx


def pdu_context():
    return SSLContext(protocol=PROTOCOL_TLSv1_1)  # expect: PYTHON-LANG-SEC-051


def ups_socket(host):
    raw = socket.create_connection((host, 443))
    return ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_SSLv3)  # expect: PYTHON-LANG-SEC-051


def balancer_certificate(host):
    return ssl.get_server_certificate((host, 443), APPLIANCE_PROTOCOL)  # expect: PYTHON-LANG-SEC-051


def pyopenssl_context():
    return SSL.Context(SSL.TLSv1_METHOD)  # expect: PYTHON-LANG-SEC-051


class LegacyTLSAdapter(HTTPAdapter):
    def init_poolmanager(self, connections, maxsize, block=False, **kwargs):
        self.poolmanager = urllib3.PoolManager(  # expect: PYTHON-LANG-SEC-051
            num_pools=connections, maxsize=maxsize, block=block, ssl_version="TLSv1"
        )


def session_for_appliances():
    s = requests.Session()
    s.mount("https://", LegacyTLSAdapter())
    return s


def pool_with_old_floor():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1)  # expect: PYTHON-LANG-SEC-051
