import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from aiohttp import web

BASE_DIR = "/srv/app/files"

routes = web.RouteTableDef()


@routes.post("/c169")
async def case_169(request):
    filename = await request.text()
    target = str(filename).strip()
    with open(os.path.join(BASE_DIR, target)) as fh:
        data = fh.read()
    return web.Response(text="ok")
