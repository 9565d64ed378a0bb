import ast
import operator
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c141")
async def case_141(request):
    expr = request.rel_url.query["expr"]
    result = eval("lambda x: " + expr)
    return web.Response(text="ok")
