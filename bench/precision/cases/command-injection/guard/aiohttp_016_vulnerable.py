import os
import re
import shlex
import subprocess
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c16")
async def case_16(request):
    host = request.match_info["host"]
    if not re.match(r"[A-Za-z0-9.-]+", host):
        raise web.HTTPBadRequest()
    os.system("ping -c 1 " + host)
    return web.Response(text="ok")
