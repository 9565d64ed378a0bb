import urllib.parse

import httpx
import requests
import tornado.httpclient
import tornado.web
from aiohttp import web
from fastapi import FastAPI

app = FastAPI()
routes = web.RouteTableDef()


@app.get("/search")
async def search(q: str):
    async with httpx.AsyncClient() as client:
        # ok: PYTHON-WEB-SEC-005
        r = await client.get("https://api.example.com/search", params={"q": q})
    return r.json()


@app.get("/items/{item_id}")
def item(item_id: int):
    # ok: PYTHON-WEB-SEC-005
    return requests.get("https://api.example.com/items/%d" % item_id).json()


@routes.get("/lookup")
async def lookup(request):
    name = urllib.parse.quote(request.query["name"], safe="")
    # ok: PYTHON-WEB-SEC-005
    r = requests.get("https://api.example.com/users/" + name)
    return web.json_response(r.json())


class FetchHandler(tornado.web.RequestHandler):
    async def get(self):
        client = tornado.httpclient.AsyncHTTPClient()
        # ok: PYTHON-WEB-SEC-005
        resp = await client.fetch("https://api.example.com/status")
        self.write(resp.body)


ALLOWED_HOSTS = {"cdn.example.com", "img.example.com"}


@routes.get("/avatar")
async def avatar(request):
    url = request.query.get("url", "")
    parts = urllib.parse.urlparse(url)
    if parts.netloc not in ALLOWED_HOSTS:
        raise web.HTTPBadRequest()
    # ok: PYTHON-WEB-SEC-005
    return web.Response(body=requests.get(url, timeout=5).content)
