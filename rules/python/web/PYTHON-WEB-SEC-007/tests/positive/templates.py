import jinja2
import tornado.template
import tornado.web
from aiohttp import web
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
routes = web.RouteTableDef()
env = jinja2.Environment()


@app.get("/greet")
async def greet(name: str):
    # ruleid: PYTHON-WEB-SEC-007
    return HTMLResponse(jinja2.Template("<h1>Hello " + name + "</h1>").render())


@app.post("/preview")
async def preview(request: Request):
    body = await request.json()
    # ruleid: PYTHON-WEB-SEC-007
    return HTMLResponse(env.from_string(body["template"]).render())


@routes.get("/card")
async def card(request):
    title = request.query.get("title", "")
    # ruleid: PYTHON-WEB-SEC-007
    html = jinja2.Template(f"<div class='card'>{title}</div>").render()
    return web.Response(text=html, content_type="text/html")


class BannerHandler(tornado.web.RequestHandler):
    def get(self):
        # ruleid: PYTHON-WEB-SEC-007
        t = tornado.template.Template("<b>" + self.get_argument("text") + "</b>")
        self.write(t.generate())


@routes.get("/greeting")
async def greeting(request):
    text = request.query.get("text", "")
    # Rejecting "{{" still lets "{% ... %}" statements through.
    if "{{" in text:
        raise web.HTTPBadRequest()
    # ruleid: PYTHON-WEB-SEC-007
    return web.Response(text=env.from_string(text).render(), content_type="text/html")
