import aiosqlite
import sqlite3

from fastapi import FastAPI, Query, Request
from sqlalchemy import text

app = FastAPI()
db = sqlite3.connect("app.db")


@app.get("/users")
async def users(name: str = Query("")):
    cur = db.cursor()
    # ruleid: PYTHON-WEB-SEC-002
    cur.execute("SELECT * FROM users WHERE name = '%s'" % name)
    return cur.fetchall()


@app.get("/orders/{customer}")
async def orders(customer: str, pool=None):
    async with pool.acquire() as conn:
        # ruleid: PYTHON-WEB-SEC-002
        return await conn.fetch(f"SELECT * FROM orders WHERE customer = '{customer}'")


@app.post("/search")
async def search(request: Request, session=None):
    body = await request.json()
    # ruleid: PYTHON-WEB-SEC-002
    stmt = text("SELECT * FROM items WHERE tag = '" + body["tag"] + "'")
    return session.execute(stmt).all()
