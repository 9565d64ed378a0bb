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


@app.post("/c93")
async def case_93(name: str = Query("")):
    rows = db.execute(f"SELECT id FROM orders WHERE customer = '{name}'").fetchall()
    return {"ok": True}
