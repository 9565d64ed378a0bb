"""Async fetchers built on httpx, aiohttp and urllib3."""

import aiohttp
import httpx
import urllib3

RADAR_BASE = "http://radar.example.com"


async def radar_frames():
    async with httpx.AsyncClient(base_url=RADAR_BASE) as client:  # expect: PYTHON-LANG-SEC-060
        return (await client.get("/frames")).json()


def quick_check():
    return httpx.get("http://status.example.com/ping").status_code  # expect: PYTHON-LANG-SEC-060


def sync_client_fetch():
    with httpx.Client() as client:
        return client.post("http://ingest.example.com/v1/points", json=[]).status_code  # expect: PYTHON-LANG-SEC-060


async def aiohttp_fetch():
    async with aiohttp.ClientSession() as session:
        async with session.get("http://feeds.example.org/rss") as resp:  # expect: PYTHON-LANG-SEC-060
            return await resp.text()


def pool_fetch():
    pool = urllib3.PoolManager()
    return pool.request("GET", "http://tiles.example.com/0/0/0.png").data  # expect: PYTHON-LANG-SEC-060
