from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

USERS = etree.parse("/srv/app/users.xml")

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""

def get_param(req, key):
    return req.query_params.get(key, "")


@app.post("/c439")
async def case_439(request: Request):
    target = get_param(request, "user")
    nodes = USERS.getroot().findall(f".//user[@name='{target}']")
    return {"ok": True}
