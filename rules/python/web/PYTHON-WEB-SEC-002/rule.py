from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler: the shared presets
# (handler parameters, request bodies, query strings, headers, cookies, URL parts).
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()


@python_rule(
    id="PYTHON-WEB-SEC-002",
    name="FastAPI, aiohttp and Tornado SQL Injection",
    severity="CRITICAL",
    category="web",
    cwe="CWE-89",
    owasp="A03:2021",
    message='Request data is part of the SQL text given to the database, so it can change the query. Keep the SQL constant and pass values as bound parameters (cursor.execute("... WHERE id = %s", (value,)), text("... :id") with parameters).',
)
def detect_web_sql_injection():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers in the text of a SQL query."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            # DB-API cursors and connections, async drivers (asyncpg, aiomysql, aiosqlite, databases) and
            # SQLAlchemy sessions and connections: only the SQL text, never the bound parameters.
            calls("*.execute", "*.executemany", "*.executescript", "*.fetch", "*.fetchrow", "*.fetchval", "*.fetch_all", "*.fetch_one").tracks(
                0, "sql", "query", "operation", "statement"
            ),
            calls("sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text").tracks(0, "text"),
        ],
        sanitized_by=[
            calls("psycopg2.sql.Identifier", "psycopg2.sql.Literal", "psycopg.sql.Identifier", "psycopg.sql.Literal"),
            calls("*.bindparams", "sqlalchemy.bindparam"),
            # text() is a sink itself: its result is not reported again where it is executed.
            calls("sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
