from codepathfinder import Or, QueryType, formatted
from codepathfinder.python_decorators import python_rule


class AiopgExecutor(QueryType):
    # aiopg cursors (conn.cursor(), pool.cursor()) and aiopg.sa connections, which also run raw SQL strings.
    fqns = [
        "aiopg.Cursor",
        "aiopg.cursor.Cursor",
        "aiopg.sa.SAConnection",
        "aiopg.sa.connection.SAConnection",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-082",
    name="aiopg SQL Injection",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-89",
    owasp="A03:2021",
    message="SQL text passed to an aiopg cursor is built by string formatting with run-time data. Keep the query constant and pass values as parameters (await cur.execute(\"... WHERE id = %s\", (value,))).",
)
def detect_aiopg_sql_injection():
    """An aiopg execute/mogrify whose query text is an f-string, %, .format() or + with non-constant data."""
    return Or(
        AiopgExecutor.method("execute", "executemany", "mogrify", "scalar").where(0, formatted()),
        AiopgExecutor.method("execute", "executemany", "mogrify", "scalar").where("operation", formatted()),
        AiopgExecutor.method("execute", "executemany", "mogrify", "scalar").where("query", formatted()),
    )
