"""The same pages with the value escaped, checked or sent as plain text."""

import html

import tornado.web
from aiohttp import web
from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse

app = FastAPI()
routes = web.RouteTableDef()


@app.post("/greet")
async def greet(name: str = Form("")):
    # ok: PYTHON-WEB-SEC-008
    return HTMLResponse(content=f"<h2>Hello {html.escape(name)}</h2>")


@routes.get("/card/{name}")
async def card(request):
    name = request.match_info["name"]
    # ok: PYTHON-WEB-SEC-008
    return web.Response(text="<div>" + name + "</div>", content_type="text/plain")


class BannerHandler(tornado.web.RequestHandler):
    def get(self):
        text = self.get_argument("text", "")
        if not text.isalnum():
            raise tornado.web.HTTPError(400)
        # ok: PYTHON-WEB-SEC-008
        self.finish("<p>%s</p>" % text)

