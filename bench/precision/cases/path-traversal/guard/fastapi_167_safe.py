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


@app.get("/c167/{filename}")
async def case_167(filename: str):
    if filename in {"report.txt", "report.txt-2"}:
        os.remove(os.path.join(BASE_DIR, filename))
    return {"ok": True}
