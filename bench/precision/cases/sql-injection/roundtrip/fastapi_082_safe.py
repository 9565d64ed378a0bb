import sqlite3
from sqlalchemy import text
import configparser
from fastapi import FastAPI, Request, Query, Header, Cookie, Body, Form, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, JSONResponse
from pydantic import BaseModel

db = sqlite3.connect("app.db")

app = FastAPI()

class Item(BaseModel):
    name: str
    note: str = ""


@app.post("/c82")
async def case_82(name: str = Form("")):
    cfg = configparser.ConfigParser()
    cfg.add_section("job")
    cfg.set("job", "note", name)
    cfg.set("job", "target", "alice")
    target = cfg.get("job", "target")
    rows = db.execute(f"SELECT id FROM orders WHERE customer = '{target}'").fetchall()
    return {"ok": True}
