from urllib.parse import urlparse
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

ALLOWED_HOSTS = {"example.com", "www.example.com"}

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c292")
async def case_292(next: str = Body(..., embed=True)):
    return RedirectResponse(app.url_path_for("profile", name=next))
