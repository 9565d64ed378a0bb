import ast
import operator
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c115")
async def case_115(request):
    expr = request.headers.get("X-Expr", "")
    if expr not in ("1 + 1", "2 * 3", "10 / 4"):
        raise web.HTTPBadRequest()
    result = eval(expr)
    return web.Response(text="ok")
