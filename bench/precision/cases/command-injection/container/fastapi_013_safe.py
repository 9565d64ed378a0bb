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


@app.post("/c13")
async def case_13(request: Request):
    host = (await request.json())["host"]
    items = ["localhost"]
    items.append(host)
    target = items[0]
    subprocess.Popen("dig +short {}".format(target), shell=True)
    return {"ok": True}
