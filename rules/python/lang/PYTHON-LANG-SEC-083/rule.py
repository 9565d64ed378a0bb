from codepathfinder import Or, QueryType, formatted
from codepathfinder.python_decorators import python_rule


class Pg8000Executor(QueryType):
    # DB-API cursors (pg8000.connect().cursor(), pg8000.dbapi) and the connections of the native and legacy
    # APIs, whose run() and prepare() take SQL text directly.
    fqns = [
        "pg8000.Cursor",
        "pg8000.dbapi.Cursor",
        "pg8000.legacy.Cursor",
        "pg8000.Connection",
        "pg8000.dbapi.Connection",
        "pg8000.legacy.Connection",
        "pg8000.native.Connection",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-083",
    name="pg8000 SQL Injection",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-89",
    owasp="A03:2021",
    message="SQL text passed to pg8000 is built by string formatting with run-time data. Keep the query constant and pass values as parameters (con.run(\"... WHERE id = :id\", id=value) or cursor.execute(\"... = %s\", (value,))).",
)
def detect_pg8000_sql_injection():
    """A pg8000 execute/run/prepare whose SQL text is an f-string, %, .format() or + with non-constant data."""
    return Or(
        Pg8000Executor.method("execute", "executemany", "run", "prepare").where(0, formatted()),
        Pg8000Executor.method("execute", "executemany", "run", "prepare").where("operation", formatted()),
        Pg8000Executor.method("execute", "executemany", "run", "prepare").where("sql", formatted()),
    )
