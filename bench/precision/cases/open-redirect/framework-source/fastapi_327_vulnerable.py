from urllib.parse import urlparse
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c327")
async def case_327(request: Request):
    form = await request.form()
    next = form["next"]
    return RedirectResponse(next)
