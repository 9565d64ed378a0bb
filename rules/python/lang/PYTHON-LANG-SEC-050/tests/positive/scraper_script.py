#!/usr/bin/env python3
"""Scrapes vendor price lists; some vendors have broken certificates, so verification was switched off."""

import sys
import urllib.request
import xmlrpc.client

import ssl as tls

NO_VERIFY = tls._create_unverified_context()  # expect: PYTHON-LANG-SEC-050


def fetch(url):
    with urllib.request.urlopen(url, context=NO_VERIFY) as resp:
        return resp.read()


def vendor_rpc(url):
    return xmlrpc.client.ServerProxy(url, context=tls._create_unverified_context())  # expect: PYTHON-LANG-SEC-050


if __name__ == "__main__":
    sys.stdout.buffer.write(fetch(sys.argv[1]))
