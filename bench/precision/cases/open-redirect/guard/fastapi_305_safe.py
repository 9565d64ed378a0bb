from urllib.parse import urlparse
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c305")
async def case_305(x_next: str = Header("")):
    next = x_next
    u = urlparse(next)
    if u.scheme not in ("http", "https") or u.netloc not in ALLOWED_HOSTS:
        raise HTTPException(status_code=400)
    return RedirectResponse(next)
