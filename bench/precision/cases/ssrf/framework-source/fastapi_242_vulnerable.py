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


@app.post("/c242")
async def case_242(request: Request):
    url = (await request.body()).decode()
    body = urllib.request.urlopen(url).read()
    return {"ok": True}
