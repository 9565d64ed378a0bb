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


@app.post("/c209")
async def case_209(x_url: str = Header("")):
    url = x_url
    limit = 10
    if limit * 3 > 100:
        target = url
    else:
        target = "https://api.example.com/health"
    resp = httpx.get(target)
    return {"ok": True}
