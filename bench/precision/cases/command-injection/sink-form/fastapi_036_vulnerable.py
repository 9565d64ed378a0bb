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


@app.post("/c36")
async def case_36(x_host: str = Header("")):
    host = x_host
    cmd = ["bash", "-c"]
    cmd += ["tar czf /tmp/out.tgz " + host]
    subprocess.call(cmd)
    return {"ok": True}
