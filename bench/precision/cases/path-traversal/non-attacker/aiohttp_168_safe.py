import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from aiohttp import web

BASE_DIR = "/srv/app/files"

routes = web.RouteTableDef()


@routes.post("/c168")
async def case_168(request):
    body = await request.json()
    filename = body.get("filename", "")
    target = str(int(filename))
    with open(os.path.join(BASE_DIR, target)) as fh:
        data = fh.read()
    return web.Response(text="ok")
