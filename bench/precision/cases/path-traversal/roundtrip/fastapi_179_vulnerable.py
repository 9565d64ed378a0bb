import os
import shutil
from pathlib import Path
from werkzeug.utils import secure_filename
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

BASE_DIR = "/srv/app/files"

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c179")
async def case_179(filename: str = Form("")):
    target = "%s" % (filename,)
    with open(f"/srv/app/files/{target}", "w") as fh:
        fh.write("updated")
    return {"ok": True}
