import ast
import operator
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c103")
async def case_103(request):
    expr = await request.text()
    exec(compile(expr, "<formula>", "exec"))
    return web.Response(text="ok")
