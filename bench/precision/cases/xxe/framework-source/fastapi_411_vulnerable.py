import xml.etree.ElementTree as ET
from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c411")
async def case_411(x_doc: str = Header("")):
    doc = x_doc
    parser = etree.XMLParser(no_network=False, resolve_entities=True)
    tree = etree.fromstring(doc, parser=parser)
    return {"ok": True}
