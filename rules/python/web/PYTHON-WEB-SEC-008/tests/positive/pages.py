"""Greeting pages that put request data into HTML unescaped."""

import tornado.web
from aiohttp import web
from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse

app = FastAPI()
routes = web.RouteTableDef()


@app.post("/greet")
async def greet(name: str = Form("")):
    # ruleid: PYTHON-WEB-SEC-008
    return HTMLResponse(content=f"<h2>Hello {name}</h2>")


@routes.get("/card/{name}")
async def card(request):
    name = request.match_info["name"]
    # ruleid: PYTHON-WEB-SEC-008
    return web.Response(text="<div>" + name + "</div>", content_type="text/html")


class BannerHandler(tornado.web.RequestHandler):
    def get(self):
        text = self.get_argument("text", "")
        # Rejecting "<script" leaves <img onerror=...> open.
        if "<script" in text.lower():
            raise tornado.web.HTTPError(400)
        # ruleid: PYTHON-WEB-SEC-008
        self.finish("<p>%s</p>" % text)
