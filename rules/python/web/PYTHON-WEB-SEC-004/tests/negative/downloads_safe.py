import os
from pathlib import Path
import shutil

import tornado.web
from aiohttp import web
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
routes = web.RouteTableDef()
BASE = "/srv/files"


@app.get("/files/{name}")
async def download(name: str):
    # ok: PYTHON-WEB-SEC-004
    return FileResponse(os.path.join(BASE, os.path.basename(name)))


@app.get("/reports/{report_id}")
async def report(report_id: int):
    # ok: PYTHON-WEB-SEC-004
    return FileResponse(os.path.join(BASE, "reports", "%d.pdf" % report_id))


@app.delete("/files/{name}")
async def delete(name: str):
    # ok: PYTHON-WEB-SEC-004
    os.remove(os.path.join(BASE, os.path.basename(name)))
    # ok: PYTHON-WEB-SEC-004
    shutil.move(os.path.join(BASE, "tmp.txt"), "/srv/archive/")


@routes.get("/static/{path}")
async def static(request):
    # ok: PYTHON-WEB-SEC-004
    return web.FileResponse(os.path.join(BASE, os.path.basename(request.match_info["path"])))


class ReadHandler(tornado.web.RequestHandler):
    def get(self):
        name = os.path.basename(self.get_argument("name"))
        # ok: PYTHON-WEB-SEC-004
        with open(os.path.join(BASE, name)) as fh:
            self.write(fh.read())


@routes.get("/reports")
async def report(request):
    name = request.query.get("name", "")
    if not name.isalnum():
        raise web.HTTPBadRequest()
    # ok: PYTHON-WEB-SEC-004
    return web.FileResponse(os.path.join(BASE, name))


class NoteHandler(tornado.web.RequestHandler):
    def get(self):
        name = os.path.basename(self.request.headers.get("X-Note", ""))
        # ok: PYTHON-WEB-SEC-004
        self.write((Path(BASE) / name).read_text())


@app.get("/sizes/{name}")
async def size(name: str):
    # ok: PYTHON-WEB-SEC-004
    return {"size": os.path.getsize(os.path.join(BASE, "reports", "summary.csv"))}
