import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from aiohttp import web

BASE_DIR = "/srv/app/files"

routes = web.RouteTableDef()


@routes.post("/c156")
async def case_156(request):
    data = await request.post()
    filename = data["filename"]
    opts = {"user": filename, "target": "report.txt"}
    target = opts["target"]
    with open(os.path.join(BASE_DIR, target)) as fh:
        data = fh.read()
    return web.Response(text="ok")
