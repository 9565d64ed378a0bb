import sqlite3
from sqlalchemy import text
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

db = sqlite3.connect("app.db")

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c56")
async def case_56(request: Request):
    form = await request.form()
    name = form["name"]
    target = name
    target = "alice"
    rows = db.execute(f"SELECT id FROM orders WHERE customer = '{target}'").fetchall()
    return {"ok": True}
