"""One-off maintenance script: vacuum or truncate the tables given on the command line."""

import asyncio
import sys

from asyncpg import connect


async def main(dsn, action, tables):
    conn = await connect(dsn)
    for table in tables:
        if action == "truncate":
            await conn.execute(f"TRUNCATE TABLE {table}")  # expect: PYTHON-LANG-SEC-081
        else:
            await conn.executemany(f"INSERT INTO audit_log (tbl, action) VALUES ('{table}', $1)", [(action,)])  # expect: PYTHON-LANG-SEC-081
    stmt = await conn.prepare("SELECT count(*) FROM " + tables[0])  # expect: PYTHON-LANG-SEC-081
    print(await stmt.fetchval())
    async with conn.transaction():
        async for row in conn.cursor(f"SELECT * FROM {tables[0]}"):  # expect: PYTHON-LANG-SEC-081
            print(row)
    await conn.close()


async def export(conn: asyncpg.Connection, table: str):
    sql = f"SELECT * FROM {table}"
    return await conn.fetch(sql)  # todoruleid: PYTHON-LANG-SEC-081


if __name__ == "__main__":
    import asyncpg

    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
