import sqlite3

import tornado.web
from aiohttp import web
from fastapi import Depends, FastAPI, Query
from sqlalchemy import text

app = FastAPI()
routes = web.RouteTableDef()
db = sqlite3.connect("app.db")
ORDERS = {"name": "name", "date": "created_at"}


def get_tenant():
    return "main"


@app.get("/users")
async def users(name: str = Query(""), tenant: str = Depends(get_tenant)):
    cur = db.cursor()
    # ok: PYTHON-WEB-SEC-002
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: PYTHON-WEB-SEC-002
    cur.execute("SELECT * FROM users_%s" % tenant)
    return cur.fetchall()


@app.get("/orders/{order_id}")
async def orders(order_id: int, pool=None):
    async with pool.acquire() as conn:
        # ok: PYTHON-WEB-SEC-002
        return await conn.fetch(f"SELECT * FROM orders WHERE id = {order_id}")


@app.get("/items")
async def items(tag: str, session=None):
    # ok: PYTHON-WEB-SEC-002
    return session.execute(text("SELECT * FROM items WHERE tag = :tag"), {"tag": tag}).all()


@routes.get("/users/{name}")
async def user(request):
    name = request.match_info["name"]
    # ok: PYTHON-WEB-SEC-002
    rows = db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()
    return web.json_response(rows)


class ReportHandler(tornado.web.RequestHandler):
    def get(self):
        order = ORDERS[self.get_argument("order", "name")]
        # ok: PYTHON-WEB-SEC-002
        rows = db.execute("SELECT * FROM reports ORDER BY " + order).fetchall()
        self.write({"rows": rows})

    def post(self):
        # A lookup in a constant dict is an allow-list too; .get() is not yet seen as one.
        order = ORDERS.get(self.get_argument("order", "name"), "name")
        # todook: PYTHON-WEB-SEC-002
        rows = db.execute("SELECT * FROM reports ORDER BY " + order).fetchall()
        self.write({"rows": rows})


@routes.get("/sorted")
async def sorted_orders(request):
    column = request.query.get("sort", "id")
    if column not in ("id", "created_at", "total"):
        raise web.HTTPBadRequest()
    # ok: PYTHON-WEB-SEC-002
    rows = db.execute("SELECT id FROM orders ORDER BY " + column).fetchall()
    return web.json_response(rows)
