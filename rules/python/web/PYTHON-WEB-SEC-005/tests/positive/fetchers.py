import urllib.request

import httpx
import requests
import tornado.httpclient
import tornado.web
from aiohttp import ClientSession, web
from fastapi import FastAPI, Header

app = FastAPI()
routes = web.RouteTableDef()


@app.get("/preview")
async def preview(url: str):
    async with httpx.AsyncClient() as client:
        # ruleid: PYTHON-WEB-SEC-005
        r = await client.get(url)
    return r.text


@app.post("/webhook/test")
def test_hook(x_callback: str = Header("")):
    # ruleid: PYTHON-WEB-SEC-005
    return requests.post(x_callback, json={"ping": True}).status_code


@routes.get("/proxy/{host}")
async def proxy(request):
    host = request.match_info["host"]
    async with ClientSession() as session:
        # ruleid: PYTHON-WEB-SEC-005
        async with session.get(f"http://{host}/status") as resp:
            return web.Response(text=await resp.text())


class FetchHandler(tornado.web.RequestHandler):
    async def get(self):
        client = tornado.httpclient.AsyncHTTPClient()
        # ruleid: PYTHON-WEB-SEC-005
        resp = await client.fetch(self.get_argument("url"))
        # ruleid: PYTHON-WEB-SEC-005
        body = urllib.request.urlopen(self.get_argument("mirror")).read()
        self.write(resp.body + body)


@routes.get("/avatar")
async def avatar(request):
    url = request.query.get("url", "")
    # A scheme check leaves every host reachable, internal ones included.
    if not url.startswith("https://"):
        raise web.HTTPBadRequest()
    # ruleid: PYTHON-WEB-SEC-005
    return web.Response(body=requests.get(url, timeout=5).content)
