from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

USERS = etree.parse("/srv/app/users.xml")

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c428")
async def case_428(request: Request):
    form = await request.form()
    user = form["user"]
    opts = {"user": user, "target": "admin"}
    target = opts["user"]
    nodes = USERS.getroot().findall(f".//user[@name='{target}']")
    return {"ok": True}
