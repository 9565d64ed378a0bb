import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from aiohttp import web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

routes = web.RouteTableDef()


@routes.post("/c234")
async def case_234(request):
    body = await request.json()
    url = body.get("url", "")
    with httpx.Client() as client:
        r = client.get(url)
    return web.Response(text="ok")
