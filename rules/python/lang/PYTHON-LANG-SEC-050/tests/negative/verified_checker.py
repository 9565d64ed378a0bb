"""Safe look-alikes: verified contexts, a private CA, and a pinned client certificate."""

import http.client
import smtplib
import ssl
import urllib.request
from ssl import create_default_context

from urllib3.util.ssl_ import create_urllib3_context

INTERNAL_CA = "/etc/ssl/internal-ca.pem"
DEFAULT_CONTEXT = ssl.create_default_context()  # ok: PYTHON-LANG-SEC-050


def poll(url):
    with urllib.request.urlopen(url, context=DEFAULT_CONTEXT, timeout=5) as resp:  # ok: PYTHON-LANG-SEC-050
        return resp.status


def poll_internal(host):
    ctx = create_default_context(cafile=INTERNAL_CA)  # ok: PYTHON-LANG-SEC-050
    conn = http.client.HTTPSConnection(host, context=ctx)  # ok: PYTHON-LANG-SEC-050
    conn.request("GET", "/health")
    return conn.getresponse().status


def mutual_tls(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # ok: PYTHON-LANG-SEC-050
    ctx.load_verify_locations(INTERNAL_CA)
    ctx.load_cert_chain(cert, key)
    return ctx


def relay_ok(host):
    with smtplib.SMTP_SSL(host, 465, context=ssl.create_default_context()) as relay:  # ok: PYTHON-LANG-SEC-050
        return relay.noop()[0] == 250


def pool_context():
    return create_urllib3_context(cert_reqs=ssl.CERT_REQUIRED)  # ok: PYTHON-LANG-SEC-050
