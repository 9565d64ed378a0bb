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


@app.post("/c200")
async def case_200(filename: float = Query(1.0)):
    filename = str(filename)
    with open(os.path.join(BASE_DIR, filename)) as fh:
        data = fh.read()
    return {"ok": True}
