import os
import re
import shlex
import subprocess
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c3")
async def case_3(request):
    host = request.query.get("host", "")
    report = os.popen("whois %s" % host).read()
    return web.Response(text="ok")
