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


@app.post("/c155")
async def case_155(request: Request):
    filename = request.query_params.get("filename", "")
    kind = "user"
    match kind:
        case "user":
            target = filename
        case _:
            target = "report.txt"
    os.remove(os.path.join(BASE_DIR, target))
    return {"ok": True}
