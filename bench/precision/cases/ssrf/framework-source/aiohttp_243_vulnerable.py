import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from aiohttp import web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

routes = web.RouteTableDef()


@routes.post("/c243")
async def case_243(request):
    url = request.headers.get("X-Url", "")
    resp = requests.post(f"https://{url}/hooks", json={"ok": True})
    return web.Response(text="ok")
