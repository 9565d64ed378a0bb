"""Reports that share an aiopg pool and the aiopg.sa engine."""

import aiopg
from aiopg.sa import SAConnection


async def sales_for(conn: SAConnection, region):
    result = await conn.execute(f"SELECT sum(amount) FROM sales WHERE region = '{region}'")  # expect: PYTHON-LANG-SEC-082
    return await result.fetchone()


async def top_products(pool, limit, region):
    # pool.cursor() and pool.acquire() are not in the engine's factory table yet.
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute(f"SELECT sku FROM sales WHERE region = '{region}' LIMIT {limit}")  # todoruleid: PYTHON-LANG-SEC-082
            return await cur.fetchall()


async def main(dsn):
    pool = await aiopg.create_pool(dsn)
    return await top_products(pool, 10, "emea")
