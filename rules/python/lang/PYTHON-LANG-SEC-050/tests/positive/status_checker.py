"""Status checker for internal dashboards: polls HTTPS endpoints and mail relays."""

import http.client
import smtplib
import ssl
import urllib.request
from ssl import _create_unverified_context
from ssl import _create_unverified_context as no_verify

from urllib3.util.ssl_ import create_urllib3_context

INSECURE_CONTEXT = ssl._create_unverified_context()  # expect: PYTHON-LANG-SEC-050


def poll(url):
    with urllib.request.urlopen(url, context=ssl._create_unverified_context(), timeout=5) as resp:  # expect: PYTHON-LANG-SEC-050
        return resp.status


def poll_api(host):
    conn = http.client.HTTPSConnection(host, context=_create_unverified_context())  # expect: PYTHON-LANG-SEC-050
    conn.request("GET", "/health")
    return conn.getresponse().status


class RelayProbe:
    def __init__(self, host):
        self.host = host
        self.context = no_verify()  # expect: PYTHON-LANG-SEC-050

    def check(self):
        with smtplib.SMTP_SSL(self.host, 465, context=self.context) as relay:
            return relay.noop()[0] == 250


def pool_context():
    return create_urllib3_context(cert_reqs=ssl.CERT_NONE)  # expect: PYTHON-LANG-SEC-050


def legacy_context():
    return ssl._create_stdlib_context()  # expect: PYTHON-LANG-SEC-050
