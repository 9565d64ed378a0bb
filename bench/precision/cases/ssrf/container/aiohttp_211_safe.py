import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from aiohttp import web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

routes = web.RouteTableDef()


@routes.post("/c211")
async def case_211(request):
    url = request.rel_url.query["url"]
    items = ["https://api.example.com/health", "https://api.example.com/health"]
    items.insert(1, url)
    target = items.pop(0)
    resp = requests.get(target, timeout=5)
    return web.Response(text="ok")
