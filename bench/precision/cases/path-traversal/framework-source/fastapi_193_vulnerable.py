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


@app.post("/c193")
async def case_193(filename: str = Body(..., embed=True)):
    data = open(BASE_DIR + "/" + filename, "rb").read()
    return {"ok": True}
