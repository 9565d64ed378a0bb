"""asyncpg used as intended: constant SQL with $n placeholders and values passed separately."""

import asyncpg

ORDERS_BY_CUSTOMER = "SELECT id, total FROM orders WHERE customer_id = $1 ORDER BY created_at"
SORT_COLUMNS = {"date": "created_at", "total": "total"}


class OrderStore:
    def __init__(self, pool: asyncpg.pool.Pool):
        self.pool = pool

    async def orders_for(self, customer_id):
        async with self.pool.acquire() as conn:
            return await conn.fetch(ORDERS_BY_CUSTOMER, customer_id)  # ok: PYTHON-LANG-SEC-081

    async def total(self, customer_id):
        async with self.pool.acquire() as conn:
            return await conn.fetchval("SELECT sum(total) FROM orders WHERE customer_id = $1", customer_id)  # ok: PYTHON-LANG-SEC-081

    async def cancel(self, order_ref):
        return await self.pool.execute("UPDATE orders SET status = 'cancelled' WHERE ref = $1", order_ref)  # ok: PYTHON-LANG-SEC-081

    async def order(self, ref):
        async with self.pool.acquire() as conn:
            return await conn.fetchrow(query="SELECT * FROM orders WHERE ref = $1", timeout=5)  # ok: PYTHON-LANG-SEC-081

    async def recent(self, limit):
        async with self.pool.acquire() as conn:
            stmt = await conn.prepare("SELECT * FROM orders ORDER BY created_at DESC LIMIT $1")  # ok: PYTHON-LANG-SEC-081
            return await stmt.fetch(limit)

    async def bulk(self, rows):
        async with self.pool.acquire() as conn:
            await conn.executemany("INSERT INTO audit_log (tbl, action) VALUES ($1, $2)", rows)  # ok: PYTHON-LANG-SEC-081
            await conn.copy_records_to_table("orders_archive", records=rows)  # ok: PYTHON-LANG-SEC-081


async def stream(conn: asyncpg.Connection, since):
    async with conn.transaction():
        async for row in conn.cursor("SELECT * FROM orders WHERE created_at > $1", since):  # ok: PYTHON-LANG-SEC-081
            yield row


def log_line(logger, table):
    # Formatting unrelated to asyncpg.
    logger.execute(f"analyze {table}")  # ok: PYTHON-LANG-SEC-081
