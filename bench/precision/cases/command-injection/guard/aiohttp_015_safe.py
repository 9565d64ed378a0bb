import os
import re
import shlex
import subprocess
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c15")
async def case_15(request):
    data = await request.post()
    host = data["host"]
    if not re.fullmatch(r"[A-Za-z0-9.-]+", host):
        raise web.HTTPBadRequest()
    os.system("ping -c 1 " + host)
    return web.Response(text="ok")
