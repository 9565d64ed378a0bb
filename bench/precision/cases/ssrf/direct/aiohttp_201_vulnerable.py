import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from aiohttp import web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

routes = web.RouteTableDef()


@routes.post("/c201")
async def case_201(request):
    url = request.cookies.get("url", "")
    body = urllib.request.urlopen(url).read()
    return web.Response(text="ok")
