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

def get_param(req, key):
    return req.query_params.get(key, "")


@app.post("/c25")
async def case_25(request: Request):
    target = get_param(request, "host")
    subprocess.Popen("dig +short {}".format(target), shell=True)
    return {"ok": True}
