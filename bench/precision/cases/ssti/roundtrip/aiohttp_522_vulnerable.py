import re
import jinja2
from flask import render_template_string
import io
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c522")
async def case_522(request):
    greeting = request.headers.get("X-Greeting", "")
    raw = io.BytesIO(greeting.encode())
    target = raw.read().decode()
    env = jinja2.Environment()
    page = env.from_string("Hello " + target).render()
    return web.Response(text="ok")
