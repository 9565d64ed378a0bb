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


@app.post("/c510")
async def case_510(x_greeting: str = Header("")):
    greeting = x_greeting
    if "{{" in greeting:
        raise HTTPException(status_code=400)
    page = render_template_string("<h1>" + greeting + "</h1>")
    return {"ok": True}
