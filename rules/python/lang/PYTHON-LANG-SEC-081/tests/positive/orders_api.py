"""Order service on asyncpg: a pool created at start-up, connections acquired per request."""

import asyncpg


class OrderStore:
    def __init__(self, pool: asyncpg.pool.Pool):
        self.pool = pool

    async def orders_for(self, customer_id, sort):
        async with self.pool.acquire() as conn:
            return await conn.fetch(  # expect: PYTHON-LANG-SEC-081
                f"SELECT id, total FROM orders WHERE customer_id = {customer_id} ORDER BY {sort}"
            )

    async def total(self, customer_id):
        async with self.pool.acquire() as conn:
            return await conn.fetchval("SELECT sum(total) FROM orders WHERE customer_id = " + customer_id)  # expect: PYTHON-LANG-SEC-081

    async def cancel(self, order_ref):
        return await self.pool.execute("UPDATE orders SET status = 'cancelled' WHERE ref = '%s'" % order_ref)  # expect: PYTHON-LANG-SEC-081

    async def order(self, ref):
        async with self.pool.acquire() as conn:
            return await conn.fetchrow(query="SELECT * FROM orders WHERE ref = '{}'".format(ref))  # expect: PYTHON-LANG-SEC-081


class LazyOrderStore:
    """Same store, pool opened lazily. `self.pool = None` followed by the real pool hides the type for now."""

    def __init__(self):
        self.pool = None

    async def start(self, dsn):
        self.pool = await asyncpg.create_pool(dsn)

    async def delete(self, ref):
        await self.pool.execute(f"DELETE FROM orders WHERE ref = '{ref}'")  # todoruleid: PYTHON-LANG-SEC-081


async def refund(pool: asyncpg.Pool, ref: str):
    # `asyncpg.Pool` is the public alias of asyncpg.pool.Pool; the factory table only knows the latter's acquire().
    async with pool.acquire() as conn:
        await conn.execute(f"UPDATE orders SET status = 'refunded' WHERE ref = '{ref}'")  # todoruleid: PYTHON-LANG-SEC-081
