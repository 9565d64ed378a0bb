import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from aiohttp import web

BASE_DIR = "/srv/app/files"

routes = web.RouteTableDef()


@routes.post("/c146")
async def case_146(request):
    filename = request.query.get("filename", "")
    data = open(BASE_DIR + "/" + filename, "rb").read()
    return web.Response(text="ok")
