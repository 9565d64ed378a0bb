import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from aiohttp import web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

routes = web.RouteTableDef()


@routes.post("/c224")
async def case_224(request):
    url = request.match_info["url"]
    target = url or "https://api.example.com/health"
    body = urllib.request.urlopen(target).read()
    return web.Response(text="ok")
