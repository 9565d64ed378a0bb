"""Safe look-alikes: HTTPS connections, and plain HTTP only to the local sidecar."""

import http.client
import ssl
from http.client import HTTPConnection, HTTPSConnection

BILLING_HOST = "billing.example.com"
SIDECAR = "127.0.0.1"
CONTEXT = ssl.create_default_context()


def charge(body, api_key):
    conn = http.client.HTTPSConnection(BILLING_HOST, 443, context=CONTEXT, timeout=10)  # ok: PYTHON-LANG-SEC-054
    conn.request("POST", "/v1/charges", body, {"Authorization": f"Bearer {api_key}"})
    return conn.getresponse().read()


def refund(charge_id):
    conn = HTTPSConnection(host=BILLING_HOST, context=CONTEXT)  # ok: PYTHON-LANG-SEC-054
    conn.request("POST", f"/v1/charges/{charge_id}/refund")
    return conn.getresponse().status


def sidecar_metrics():
    conn = HTTPConnection(SIDECAR, 9102)  # ok: PYTHON-LANG-SEC-054
    conn.request("GET", "/metrics")
    return conn.getresponse().read()


def local_dev_server():
    return http.client.HTTPConnection("localhost", 8000)  # ok: PYTHON-LANG-SEC-054


def local_with_port():
    return HTTPConnection("localhost:8080")  # ok: PYTHON-LANG-SEC-054


def ipv6_loopback():
    return http.client.HTTPConnection(host="::1", port=8080)  # ok: PYTHON-LANG-SEC-054
