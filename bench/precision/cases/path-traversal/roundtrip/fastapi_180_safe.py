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


@app.post("/c180")
async def case_180(filename: str = Query("")):
    target = "{0}".format("report.txt", filename)
    with open(f"/srv/app/files/{target}", "w") as fh:
        fh.write("updated")
    return {"ok": True}
