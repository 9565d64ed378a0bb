import os
import shutil
from pathlib import Path

import aiofiles
import tornado.web
from aiohttp import web
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
routes = web.RouteTableDef()
BASE = "/srv/files"


@app.get("/files/{name}")
async def download(name: str):
    # ruleid: PYTHON-WEB-SEC-004
    return FileResponse(os.path.join(BASE, name))


@app.post("/notes")
async def save_note(title: str, body: str = ""):
    # ruleid: PYTHON-WEB-SEC-004
    async with aiofiles.open(f"{BASE}/notes/{title}.txt", "w") as fh:
        await fh.write(body)


@app.delete("/files/{name}")
async def delete(name: str):
    # ruleid: PYTHON-WEB-SEC-004
    os.remove(os.path.join(BASE, name))


@app.post("/archive")
async def archive(name: str):
    # ruleid: PYTHON-WEB-SEC-004
    shutil.move(os.path.join(BASE, name), "/srv/archive/")


@routes.get("/static/{path}")
async def static(request):
    # ruleid: PYTHON-WEB-SEC-004
    return web.FileResponse(BASE + "/" + request.match_info["path"])


class ReadHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        # ruleid: PYTHON-WEB-SEC-004
        with open(os.path.join(BASE, name)) as fh:
            self.write(fh.read())


@routes.get("/reports")
async def report(request):
    name = request.query.get("name", "")
    # Without an absolute-path check, os.path.join drops BASE for "/etc/passwd".
    if ".." in name:
        raise web.HTTPBadRequest()
    # ruleid: PYTHON-WEB-SEC-004
    return web.FileResponse(os.path.join(BASE, name))


class NoteHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.request.headers.get("X-Note", "")
        # ruleid: PYTHON-WEB-SEC-004
        self.write((Path(BASE) / name).read_text())


@app.get("/sizes/{name}")
async def size(name: str):
    # ruleid: PYTHON-WEB-SEC-004
    return {"size": os.path.getsize(os.path.join(BASE, name))}
