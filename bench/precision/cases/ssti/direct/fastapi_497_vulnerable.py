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


@app.post("/c497")
async def case_497(request: Request):
    greeting = (await request.json())["greeting"]
    page = render_template_string("<h1>" + greeting + "</h1>")
    return {"ok": True}
