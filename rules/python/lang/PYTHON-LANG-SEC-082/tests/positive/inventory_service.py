"""Inventory endpoints on aiopg. Each handler opens a connection and a cursor per request."""

import aiopg

DSN = "dbname=inventory user=inventory host=db"


async def stock_level(sku):
    async with aiopg.connect(DSN) as conn:
        async with conn.cursor() as cur:
            await cur.execute(f"SELECT quantity FROM stock WHERE sku = '{sku}'")  # expect: PYTHON-LANG-SEC-082
            return await cur.fetchone()


async def adjust(sku, delta, reason):
    async with aiopg.connect(DSN) as conn:
        async with conn.cursor() as cur:
            await cur.execute(  # expect: PYTHON-LANG-SEC-082
                "UPDATE stock SET quantity = quantity + %s, reason = '%s' WHERE sku = %s" % (delta, reason, sku)
            )


async def by_warehouse(warehouse, order_by):
    conn = await aiopg.connect(DSN)
    cur = await conn.cursor()
    await cur.execute("SELECT sku, quantity FROM stock WHERE warehouse = %s ORDER BY " + order_by, (warehouse,))  # expect: PYTHON-LANG-SEC-082
    rows = await cur.fetchall()
    conn.close()
    return rows


async def preview(cur: aiopg.Cursor, table):
    print(await cur.mogrify(operation="SELECT * FROM {} LIMIT 5".format(table)))  # expect: PYTHON-LANG-SEC-082
