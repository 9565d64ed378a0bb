import os
import re
import shlex
import subprocess
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c37")
async def case_37(host: str = Cookie("")):
    cmd = ["tar", "czf", "/tmp/out.tgz", "--"]
    cmd += [host]
    subprocess.call(cmd)
    return {"ok": True}
