from codepathfinder import flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class MySQLCursor(QueryType):
    """Cursors of mysql-connector-python and of mysqlclient (MySQLdb)."""

    fqns = [
        "mysql.connector.cursor.MySQLCursor",
        "mysql.connector.cursor.MySQLCursorBuffered",
        "mysql.connector.cursor.MySQLCursorDict",
        "mysql.connector.cursor.MySQLCursorPrepared",
        "mysql.connector.cursor_cext.CMySQLCursor",
        "MySQLdb.cursors.BaseCursor",
        "MySQLdb.cursors.Cursor",
        "MySQLdb.cursors.DictCursor",
        "MySQLdb.cursors.SSCursor",
        "MySQLdb.cursors.SSDictCursor",
    ]


class MySQLConnection(QueryType):
    """Connections of mysql-connector-python and of mysqlclient (MySQLdb)."""

    fqns = [
        "mysql.connector.connection.MySQLConnection",
        "mysql.connector.connection_cext.CMySQLConnection",
        "mysql.connector.MySQLConnection",
        "MySQLdb.connections.Connection",
    ]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-010",
    name="Lambda SQL Injection via MySQL Cursor",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Data from the Lambda event is built into the SQL text run by a MySQL (mysql-connector / MySQLdb) cursor or connection. Keep the query constant and pass event values as parameters: cursor.execute(\"... WHERE id = %s\", (value,)); map identifiers through an allow-list.",
)
def detect_lambda_mysql_injection():
    """Lambda event data in the SQL text (argument 0 only) of mysql-connector / MySQLdb execute, cmd_query, query."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # Only the SQL text: values passed as parameters are escaped by the driver.
            MySQLCursor.method("execute", "executemany").tracks(0, "operation", "query"),
            # Raw statements on the connection: mysql-connector cmd_query(), MySQLdb's low-level query().
            MySQLConnection.method("cmd_query", "cmd_query_iter", "query").tracks(0, "query", "statements"),
        ],
        # MySQLdb's connection.literal() returns a quoted SQL literal.
        sanitized_by=[MySQLConnection.method("literal")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
