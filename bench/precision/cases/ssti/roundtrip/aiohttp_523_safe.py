import re
import jinja2
from flask import render_template_string
import base64
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c523")
async def case_523(request):
    greeting = request.cookies.get("greeting", "")
    encoded = base64.b64encode(greeting.encode())
    target = "Welcome back"
    env = jinja2.Environment()
    page = env.from_string("Hello " + target).render()
    return web.Response(text="ok")
