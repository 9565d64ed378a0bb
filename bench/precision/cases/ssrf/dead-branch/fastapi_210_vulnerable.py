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


@app.post("/c210")
async def case_210(url: str = Cookie("")):
    limit = 10
    if len(url) < limit * 30:
        target = url
    else:
        target = "https://api.example.com/health"
    resp = httpx.get(target)
    return {"ok": True}
