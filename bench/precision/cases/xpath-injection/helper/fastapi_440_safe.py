from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

USERS = etree.parse("/srv/app/users.xml")

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""

def get_count(req, key):
    return int(req.query_params.get(key, "") or 0)


@app.post("/c440")
async def case_440(request: Request):
    target = str(get_count(request, "user"))
    nodes = USERS.getroot().findall(f".//user[@name='{target}']")
    return {"ok": True}
