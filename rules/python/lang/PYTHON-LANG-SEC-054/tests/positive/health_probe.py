#!/usr/bin/env python3
"""Probes the health endpoints of the public edge nodes."""

import http.client
import sys

EDGE_NODES = ["edge-1.example.net", "edge-2.example.net"]


def probe(host):
    conn = http.client.HTTPConnection(host, timeout=3)  # expect: PYTHON-LANG-SEC-054
    conn.request("GET", "/healthz")
    return conn.getresponse().status


if __name__ == "__main__":
    primary = http.client.HTTPConnection("edge-0.example.net", 8080)  # expect: PYTHON-LANG-SEC-054
    primary.request("GET", "/healthz")
    print("primary", primary.getresponse().status)
    for node in EDGE_NODES:
        print(node, probe(node))
    sys.exit(0)
