import re
import jinja2
from flask import render_template_string
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c498")
async def case_498(request):
    body = await request.json()
    greeting = body.get("greeting", "")
    page = render_template_string("<h1>{{ text }}</h1>", text=greeting)
    return web.Response(text="ok")
