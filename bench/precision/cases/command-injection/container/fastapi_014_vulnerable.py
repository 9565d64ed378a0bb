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


@app.post("/c14")
async def case_14(host: str = Body(..., embed=True)):
    items = ["localhost"]
    items.append(host)
    target = items[1]
    subprocess.Popen("dig +short {}".format(target), shell=True)
    return {"ok": True}
