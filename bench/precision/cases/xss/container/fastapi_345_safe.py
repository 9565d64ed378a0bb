import html
import re
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c345")
async def case_345(request: Request):
    name = request.query_params.get("name", "")
    target, other = "guest", name
    return HTMLResponse(content=f"<h2>{target}</h2>")
