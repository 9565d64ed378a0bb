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


@app.post("/c2")
async def case_2(host: str = Query("")):
    out = subprocess.check_output("nslookup " + shlex.quote(host), shell=True)
    return {"ok": True}
