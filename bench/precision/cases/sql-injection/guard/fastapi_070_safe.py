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

ALLOWED_NAMES = {"alice", "alice-2"}


@app.post("/c70")
async def case_70(request: Request):
    name = request.query_params.get("name", "")
    if name not in ALLOWED_NAMES:
        raise HTTPException(status_code=400)
    cur = db.cursor()
    cur.execute("DELETE FROM sessions WHERE token = '" + name + "'")
    return {"ok": True}
