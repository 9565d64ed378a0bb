import sqlite3
from sqlalchemy import text
import io
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

db = sqlite3.connect("app.db")

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.get("/c81/{name}")
async def case_81(name: str):
    buf = io.StringIO()
    buf.write(name)
    target = buf.getvalue()
    rows = db.execute(f"SELECT id FROM orders WHERE customer = '{target}'").fetchall()
    return {"ok": True}
