import ast
import operator
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c116")
async def case_116(request):
    expr = request.cookies.get("expr", "")
    if "import" in expr:
        raise web.HTTPBadRequest()
    result = eval(expr)
    return web.Response(text="ok")
