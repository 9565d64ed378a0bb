"""Billing client written against the stdlib to avoid dependencies."""

import http.client
import json
from http.client import HTTPConnection
from http.client import HTTPConnection as PlainConnection

import http.client as httplib

BILLING_HOST = "billing.example.com"
LEGACY_GATEWAY = "10.20.0.15:8080"


def charge(customer_id, amount_cents, api_key):
    conn = http.client.HTTPConnection(BILLING_HOST, 80, timeout=10)  # expect: PYTHON-LANG-SEC-054
    body = json.dumps({"customer": customer_id, "amount": amount_cents})
    conn.request("POST", "/v1/charges", body, {"Authorization": f"Bearer {api_key}"})
    return json.loads(conn.getresponse().read())


def refund(charge_id, api_key):
    conn = HTTPConnection(host="api.billing.example.com")  # expect: PYTHON-LANG-SEC-054
    conn.request("POST", f"/v1/charges/{charge_id}/refund", headers={"Authorization": api_key})
    return conn.getresponse().status


class GatewayClient:
    def __init__(self, host, port):
        self.host = host
        self.port = port

    def connect(self):
        return httplib.HTTPConnection(self.host, self.port)  # expect: PYTHON-LANG-SEC-054

    def legacy(self):
        return PlainConnection(LEGACY_GATEWAY)  # expect: PYTHON-LANG-SEC-054
