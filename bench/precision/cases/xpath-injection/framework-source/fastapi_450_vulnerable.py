from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

USERS = etree.parse("/srv/app/users.xml")

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c450")
async def case_450(request: Request):
    user = (await request.body()).decode()
    nodes = USERS.xpath("//user[@name='" + user + "']")
    return {"ok": True}
