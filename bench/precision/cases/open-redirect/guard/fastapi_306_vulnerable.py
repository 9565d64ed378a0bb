from urllib.parse import urlparse
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c306")
async def case_306(next: str = Cookie("")):
    if "evil" in next:
        raise HTTPException(status_code=400)
    return RedirectResponse(next)
