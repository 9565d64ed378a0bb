from codepathfinder import calls, Or, formatted
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-084",
    name="Formatted SQL Query",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-89",
    owasp="A03:2021",
    message="SQL query built with an f-string, %, .format() or + from run-time data is executed. Use a constant query with driver placeholders and pass the values as parameters.",
)
def detect_formatted_sql_query():
    """execute()-style calls on any DB-API cursor or connection, SQLAlchemy text() and pandas.read_sql*, with a formatted query."""
    return Or(
        # cursor.execute / executemany / executescript (sqlite3), connection.execute, session.execute,
        # SQLAlchemy exec_driver_sql, whatever the receiver is called.
        calls(
            "*.execute",
            "*.executemany",
            "*.executescript",
            "*.exec_driver_sql",
            match_position={0: formatted()},
        ),
        calls("*.execute", "*.executemany", "*.executescript", match_name={"sql": formatted()}),
        calls("*.execute", "*.executemany", match_name={"query": formatted()}),
        calls("*.execute", "*.executemany", match_name={"operation": formatted()}),
        calls("*.execute", "*.executemany", match_name={"statement": formatted()}),
        # Raw SQL wrapped for an ORM or a data-frame library.
        calls(
            "sqlalchemy.text",
            "sqlalchemy.sql.text",
            "sqlalchemy.sql.expression.text",
            "pandas.read_sql",
            "pandas.read_sql_query",
            match_position={0: formatted()},
        ),
        calls("pandas.read_sql", "pandas.read_sql_query", match_name={"sql": formatted()}),
    )
