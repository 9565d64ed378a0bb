import os
import re
import shlex
import subprocess
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c38")
async def case_38(request):
    body = await request.json()
    host = body.get("host", "")
    command = "traceroute " + host
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)
    return web.Response(text="ok")
