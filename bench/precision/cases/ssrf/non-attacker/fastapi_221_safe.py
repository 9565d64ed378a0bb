import urllib.request
from urllib.parse import urlparse
import httpx
import requests
import hashlib
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c221")
async def case_221(item: Item):
    url = item.name
    target = hashlib.sha256(url.encode()).hexdigest()
    resp = requests.get(target, timeout=5)
    return {"ok": True}
