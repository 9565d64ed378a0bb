from codepathfinder import Or, QueryType, formatted
from codepathfinder.python_decorators import python_rule


class AsyncpgExecutor(QueryType):
    # Connections (asyncpg.connect(), pool.acquire()) and pools, which run queries on an acquired connection.
    fqns = [
        "asyncpg.Connection",
        "asyncpg.connection.Connection",
        "asyncpg.pool.PoolConnectionProxy",
        "asyncpg.Pool",
        "asyncpg.pool.Pool",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-081",
    name="asyncpg SQL Injection",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-89",
    owasp="A03:2021",
    message="SQL text passed to asyncpg is built by string formatting with run-time data. Keep the query constant and pass values as $1, $2 ... arguments (await conn.fetch(\"... WHERE id = $1\", value)).",
)
def detect_asyncpg_sql_injection():
    """An asyncpg query method whose query text is an f-string, %, .format() or + with non-constant data."""
    return Or(
        AsyncpgExecutor.method(
            "execute", "executemany", "fetch", "fetchrow", "fetchval", "fetchmany", "cursor", "prepare", "copy_from_query"
        ).where(0, formatted()),
        AsyncpgExecutor.method(
            "execute", "executemany", "fetch", "fetchrow", "fetchval", "fetchmany", "cursor", "prepare", "copy_from_query"
        ).where("query", formatted()),
    )
