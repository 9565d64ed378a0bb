import html
import re
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""

SETTINGS = {"name": "guest"}


class Params:
    def __init__(self, req):
        self._req = req

    def get(self, key, default=""):
        return self._req.query_params.get(key, "") or default

    def setting(self, key):
        return SETTINGS[key]


@app.post("/c358")
async def case_358(request: Request):
    params = Params(request)
    target = params.setting("name")
    return HTMLResponse(content=f"<h2>{target}</h2>")
