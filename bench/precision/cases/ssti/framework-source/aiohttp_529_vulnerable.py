import re
import jinja2
from flask import render_template_string
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c529")
async def case_529(request):
    greeting = request.rel_url.query["greeting"]
    page = jinja2.Template(greeting).render()
    return web.Response(text="ok")
