import urllib.request
from urllib.parse import urlparse
import httpx
import requests
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c222")
async def case_222(request: Request):
    form = await request.form()
    url = form["url"]
    target = url.replace(" ", "")
    resp = requests.get(target, timeout=5)
    return {"ok": True}
