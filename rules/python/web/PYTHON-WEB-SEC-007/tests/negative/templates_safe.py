import re
import jinja2
import jinja2.sandbox
import tornado.template
import tornado.web
from aiohttp import web
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
routes = web.RouteTableDef()
env = jinja2.Environment(autoescape=True)


@app.get("/greet")
async def greet(name: str):
    # ok: PYTHON-WEB-SEC-007
    return HTMLResponse(jinja2.Template("<h1>Hello {{ name }}</h1>").render(name=name))


@app.get("/items/{item_id}")
async def item(item_id: int):
    # ok: PYTHON-WEB-SEC-007
    return HTMLResponse(env.from_string("<p>Item %d</p>" % item_id).render())


@routes.get("/card")
async def card(request):
    title = request.query.get("title", "")
    sandbox = jinja2.sandbox.SandboxedEnvironment()
    # ok: PYTHON-WEB-SEC-007
    html = sandbox.from_string(title).render()
    return web.Response(text=html, content_type="text/html")


class BannerHandler(tornado.web.RequestHandler):
    def get(self):
        # ok: PYTHON-WEB-SEC-007
        t = tornado.template.Template("<b>{{ text }}</b>")
        self.write(t.generate(text=self.get_argument("text")))


@routes.get("/greeting")
async def greeting(request):
    text = request.query.get("text", "")
    if not re.fullmatch(r"[A-Za-z ]{1,40}", text):
        raise web.HTTPBadRequest()
    # ok: PYTHON-WEB-SEC-007
    return web.Response(text=env.from_string(text).render(), content_type="text/html")
