import xml.etree.ElementTree as ET
from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""

def get_param(req, key):
    return req.query_params.get(key, "")


@app.post("/c398")
async def case_398(request: Request):
    target = get_param(request, "doc")
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(target.encode(), parser)
    return {"ok": True}
