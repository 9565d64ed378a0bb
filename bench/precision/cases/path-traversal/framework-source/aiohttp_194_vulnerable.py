import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from aiohttp import web

BASE_DIR = "/srv/app/files"

routes = web.RouteTableDef()


@routes.post("/c194")
async def case_194(request):
    filename = request.headers.get("X-Filename", "")
    with open(f"/srv/app/files/{filename}", "w") as fh:
        fh.write("updated")
    return web.Response(text="ok")
