import re
import jinja2
from flask import render_template_string
from aiohttp import web

routes = web.RouteTableDef()

ALLOWED_GREETINGS = {"Welcome back", "Welcome back-2"}


@routes.post("/c511")
async def case_511(request):
    greeting = await request.text()
    if greeting not in ALLOWED_GREETINGS:
        raise web.HTTPBadRequest()
    page = jinja2.Template(greeting).render()
    return web.Response(text="ok")
