import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from aiohttp import web

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

routes = web.RouteTableDef()


@routes.post("/c235")
async def case_235(request):
    url = await request.text()
    with httpx.Client(base_url="https://api.example.com") as client:
        r = client.get("/search", params={"q": url})
    return web.Response(text="ok")
