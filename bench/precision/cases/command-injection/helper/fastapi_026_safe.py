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

def get_count(req, key):
    return int(req.query_params.get(key, "") or 0)


@app.post("/c26")
async def case_26(request: Request):
    target = str(get_count(request, "host"))
    subprocess.Popen("dig +short {}".format(target), shell=True)
    return {"ok": True}
