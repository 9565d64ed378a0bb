"""Async collectors built on httpx, aiohttp, urllib3 and tornado."""

import ssl

import aiohttp
import httpx
import urllib3
from tornado.httpclient import AsyncHTTPClient, HTTPRequest


async def collect_httpx(urls):
    async with httpx.AsyncClient(verify=False, timeout=10) as client:  # expect: PYTHON-LANG-SEC-053
        return [(await client.get(u)).status_code for u in urls]


def one_off(url):
    return httpx.get(url, verify=False)  # expect: PYTHON-LANG-SEC-053


async def collect_aiohttp(urls):
    connector = aiohttp.TCPConnector(ssl=False)  # expect: PYTHON-LANG-SEC-053
    async with aiohttp.ClientSession(connector=connector) as session:
        results = []
        for u in urls:
            async with session.get(u) as resp:
                results.append(resp.status)
        return results


async def single_aiohttp(session, url):
    async with session.post(url, json={}, ssl=False) as resp:  # expect: PYTHON-LANG-SEC-053
        return await resp.text()


def pool():
    return urllib3.PoolManager(cert_reqs="CERT_NONE")  # expect: PYTHON-LANG-SEC-053


def pool_const():
    return urllib3.PoolManager(cert_reqs=ssl.CERT_NONE, num_pools=4)  # expect: PYTHON-LANG-SEC-053


async def tornado_fetch(url):
    client = AsyncHTTPClient()
    return await client.fetch(url, validate_cert=False)  # expect: PYTHON-LANG-SEC-053


def tornado_request(url):
    return HTTPRequest(url, method="GET", validate_cert=False)  # expect: PYTHON-LANG-SEC-053
