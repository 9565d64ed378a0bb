import os
import re
import shlex
import subprocess
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c39")
async def case_39(request):
    host = await request.text()
    command = ["traceroute", host]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE)
    return web.Response(text="ok")
