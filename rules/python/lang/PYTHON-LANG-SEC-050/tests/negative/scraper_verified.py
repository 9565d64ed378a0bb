"""Safe look-alikes: the scraper trusts the vendors' CA bundle instead of disabling verification."""

import ssl
import urllib.request
import xmlrpc.client

VENDOR_CA = "/etc/ssl/vendors.pem"
CONTEXT = ssl.create_default_context(cafile=VENDOR_CA)  # ok: PYTHON-LANG-SEC-050


def fetch(url):
    with urllib.request.urlopen(url, context=CONTEXT) as resp:
        return resp.read()


def vendor_rpc(url):
    return xmlrpc.client.ServerProxy(url, context=ssl.create_default_context())  # ok: PYTHON-LANG-SEC-050
