import re
import jinja2
from flask import render_template_string
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c521")
async def case_521(greeting: str = Cookie("")):
    page = render_template_string("<h1>{{ text }}</h1>", text=greeting)
    return {"ok": True}
