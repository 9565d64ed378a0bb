import xml.etree.ElementTree as ET
from lxml import etree
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""

def get_count(req, key):
    return int(req.query_params.get(key, "") or 0)


@app.post("/c399")
async def case_399(request: Request):
    target = str(get_count(request, "doc"))
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(target.encode(), parser)
    return {"ok": True}
