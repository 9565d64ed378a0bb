import html
import re
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.get("/c346/{name}")
async def case_346(name: str):
    other, target = "guest", name
    return HTMLResponse(content=f"<h2>{target}</h2>")
