"""Safe look-alikes: verification left on, private CA bundles, and unrelated verify/ssl flags."""

import ssl

import aiohttp
import httpx
import jwt
import requests
import urllib3
from tornado.httpclient import AsyncHTTPClient

INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"
CMDB_URL = "https://cmdb.internal.example.com/api/assets"


def fetch_assets(token):
    return requests.get(CMDB_URL, headers={"Authorization": token}, verify=INTERNAL_CA)  # ok: PYTHON-LANG-SEC-053


def push_asset(asset):
    return requests.post(CMDB_URL, json=asset, verify=True)  # ok: PYTHON-LANG-SEC-053


def default_verification(url):
    return requests.get(url, timeout=5)  # ok: PYTHON-LANG-SEC-053


def session_with_ca():
    s = requests.Session()
    s.verify = INTERNAL_CA
    return s.get(CMDB_URL)  # ok: PYTHON-LANG-SEC-053


async def collect_httpx(urls):
    ctx = ssl.create_default_context(cafile=INTERNAL_CA)
    async with httpx.AsyncClient(verify=ctx) as client:  # ok: PYTHON-LANG-SEC-053
        return [(await client.get(u)).status_code for u in urls]  # ok: PYTHON-LANG-SEC-053


async def collect_aiohttp(url):
    ctx = ssl.create_default_context(cafile=INTERNAL_CA)
    connector = aiohttp.TCPConnector(ssl=ctx)  # ok: PYTHON-LANG-SEC-053
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url, ssl=ctx) as resp:  # ok: PYTHON-LANG-SEC-053
            return resp.status


def pool():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=INTERNAL_CA)  # ok: PYTHON-LANG-SEC-053


async def tornado_fetch(url):
    return await AsyncHTTPClient().fetch(url, ca_certs=INTERNAL_CA)  # ok: PYTHON-LANG-SEC-053


def read_claims_for_logging(token):
    # A JWT option, not TLS; covered by the JWT rules.
    return jwt.decode(token, options={"verify_signature": False})  # ok: PYTHON-LANG-SEC-053


def settings_value(settings):
    return settings.get("verify_ssl", True)  # ok: PYTHON-LANG-SEC-053


def internal_client():
    return httpx.Client(verify=INTERNAL_CA, http2=True)  # ok: PYTHON-LANG-SEC-053


def probe(url):
    return requests.head(url, allow_redirects=False, timeout=3)  # ok: PYTHON-LANG-SEC-053
