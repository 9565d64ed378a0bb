from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

USERS = etree.parse("/srv/app/users.xml")

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c417")
async def case_417(user: str = Cookie("")):
    find = etree.XPath("//user[@name='%s']/email" % user)
    nodes = find(USERS)
    return {"ok": True}
