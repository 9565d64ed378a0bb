import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import os
from aiohttp import web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

routes = web.RouteTableDef()


@routes.post("/c223")
async def case_223(request):
    data = await request.post()
    url = data["url"]
    target = os.environ.get("APP_DEFAULT", "https://api.example.com/health")  # server configuration, not the client
    body = urllib.request.urlopen(target).read()
    return web.Response(text="ok")
