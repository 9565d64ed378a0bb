from urllib.parse import urlparse
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c317")
async def case_317(item: Item):
    next = item.name
    return RedirectResponse(app.url_path_for("profile", name=next))
