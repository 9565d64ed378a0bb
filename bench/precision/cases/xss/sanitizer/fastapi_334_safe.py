import html
import re
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c334")
async def case_334(request: Request):
    name = (await request.body()).decode()
    return HTMLResponse("<p>Result: " + html.escape(name) + "</p>")
