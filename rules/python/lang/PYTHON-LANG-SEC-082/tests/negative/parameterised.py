"""aiopg with constant SQL and parameters."""

import aiopg
from aiopg.sa import SAConnection

DSN = "dbname=inventory user=inventory host=db"
STOCK_QUERY = "SELECT quantity FROM stock WHERE sku = %s"
ORDERINGS = {"sku": "SELECT sku, quantity FROM stock WHERE warehouse = %s ORDER BY sku"}


async def stock_level(sku):
    async with aiopg.connect(DSN) as conn:
        async with conn.cursor() as cur:
            await cur.execute(STOCK_QUERY, (sku,))  # ok: PYTHON-LANG-SEC-082
            return await cur.fetchone()


async def adjust(sku, delta, reason):
    async with aiopg.connect(DSN) as conn:
        async with conn.cursor() as cur:
            await cur.execute(  # ok: PYTHON-LANG-SEC-082
                "UPDATE stock SET quantity = quantity + %s, reason = %s WHERE sku = %s", (delta, reason, sku)
            )


async def by_warehouse(warehouse):
    conn = await aiopg.connect(DSN)
    cur = await conn.cursor()
    await cur.execute(ORDERINGS["sku"], (warehouse,))  # ok: PYTHON-LANG-SEC-082
    await cur.execute("SELECT sku FROM stock " + "WHERE warehouse = %(w)s", {"w": warehouse})  # ok: PYTHON-LANG-SEC-082
    rows = await cur.fetchall()
    conn.close()
    return rows


async def preview(cur: aiopg.Cursor, sku):
    print(await cur.mogrify("SELECT * FROM stock WHERE sku = %s", (sku,)))  # ok: PYTHON-LANG-SEC-082


async def sales_for(conn: SAConnection, region):
    result = await conn.execute("SELECT sum(amount) FROM sales WHERE region = %s", region)  # ok: PYTHON-LANG-SEC-082
    return await result.fetchone()
