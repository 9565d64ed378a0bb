import os
import re
import shlex
import subprocess
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/c45")
async def case_45(request):
    host = request.headers.get("X-Host", "")
    subprocess.run(f"tar czf /tmp/export.tgz {host}", shell=True, check=True)
    return web.Response(text="ok")
