from codepathfinder import flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class PyMySQLCursor(QueryType):
    """PyMySQL cursors (connection.cursor(), with any cursorclass)."""

    fqns = [
        "pymysql.cursors.Cursor",
        "pymysql.cursors.DictCursor",
        "pymysql.cursors.SSCursor",
        "pymysql.cursors.SSDictCursor",
    ]


class PyMySQLConnection(QueryType):
    """PyMySQL connections (pymysql.connect())."""

    fqns = ["pymysql.connections.Connection", "pymysql.Connection"]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-013",
    name="Lambda SQL Injection via PyMySQL Cursor",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Data from the Lambda event is built into the SQL text run by a PyMySQL cursor. Keep the query constant and pass event values as parameters: cursor.execute(\"... WHERE id = %s\", (value,)); map column or table names through an allow-list.",
)
def detect_lambda_pymysql_injection():
    """Lambda event data in the query text (argument 0 only) of PyMySQL cursor.execute/executemany or connection.query."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # Only the SQL text: values passed as parameters are escaped by the driver.
            PyMySQLCursor.method("execute", "executemany").tracks(0, "query"),
            PyMySQLConnection.method("query").tracks(0, "sql"),
        ],
        # connection.escape()/literal() return a quoted SQL literal.
        sanitized_by=[PyMySQLConnection.method("escape", "literal")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
