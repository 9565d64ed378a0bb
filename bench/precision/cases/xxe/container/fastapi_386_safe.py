import xml.etree.ElementTree as ET
from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c386")
async def case_386(request: Request):
    doc = (await request.json())["doc"]
    parts = ["<order><id>1</id></order>"]
    parts.extend([doc])
    target = parts[:1][0]
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(target.encode(), parser)
    return {"ok": True}
