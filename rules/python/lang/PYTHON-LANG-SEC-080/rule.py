from codepathfinder import calls, Or, QueryType, formatted
from codepathfinder.python_decorators import python_rule


class PsycopgCursor(QueryType):
    # psycopg2 cursors (connection.cursor(), the psycopg2.extras cursor factories) and psycopg 3 cursors and
    # connections, which also have execute().
    fqns = [
        "psycopg2.extensions.cursor",
        "psycopg2._psycopg.cursor",
        "psycopg2.extras.DictCursor",
        "psycopg2.extras.RealDictCursor",
        "psycopg2.extras.NamedTupleCursor",
        "psycopg2.extras.LoggingCursor",
        "psycopg2.extras.MinTimeLoggingCursor",
        "psycopg.Cursor",
        "psycopg.ClientCursor",
        "psycopg.ServerCursor",
        "psycopg.AsyncCursor",
        "psycopg.AsyncClientCursor",
        "psycopg.AsyncServerCursor",
        "psycopg.Connection",
        "psycopg.AsyncConnection",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-080",
    name="psycopg2 SQL Injection",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-89",
    owasp="A03:2021",
    message="SQL text passed to a psycopg cursor is built by string formatting with run-time data. Keep the query constant and pass values as parameters (cur.execute(\"... WHERE id = %s\", (value,))); compose identifiers with psycopg2.sql.",
)
def detect_psycopg2_sql_injection():
    """A psycopg query (or psycopg2.sql.SQL fragment) built with f-strings, %, .format() or + on non-constant data."""
    return Or(
        # cur.execute(f"... {x}") / cur.execute(query="..." % x)
        PsycopgCursor.method("execute", "executemany", "mogrify", "copy_expert", "copy").where(0, formatted()),
        PsycopgCursor.method("execute", "executemany", "mogrify", "copy_expert", "copy").where("query", formatted()),
        PsycopgCursor.method("execute", "executemany", "mogrify", "copy_expert", "copy").where("sql", formatted()),
        # psycopg2.extras.execute_values(cur, sql, argslist) / execute_batch(cur, sql, argslist)
        calls(
            "psycopg2.extras.execute_values",
            "psycopg2.extras.execute_batch",
            match_position={1: formatted()},
        ),
        calls("psycopg2.extras.execute_values", "psycopg2.extras.execute_batch", match_name={"sql": formatted()}),
        # sql.SQL(f"SELECT * FROM {table}") defeats the composition API meant to quote identifiers.
        calls("psycopg2.sql.SQL", "psycopg.sql.SQL", match_position={0: formatted()}),
    )
