from codepathfinder import flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class PymssqlCursor(QueryType):
    """pymssql DB-API cursors (pymssql.connect().cursor())."""

    fqns = ["pymssql.Cursor", "pymssql._pymssql.Cursor"]


class MssqlConnection(QueryType):
    """The low-level _mssql connection, which runs SQL text without a cursor."""

    fqns = ["pymssql._mssql.MSSQLConnection", "_mssql.MSSQLConnection"]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


@python_rule(
    id="PYTHON-LAMBDA-SEC-012",
    name="Lambda SQL Injection via pymssql Cursor",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Data from the Lambda event is built into the SQL text run by pymssql. Keep the query constant and pass event values as parameters: cursor.execute(\"... WHERE id = %s\", (value,)); map identifiers through an allow-list.",
)
def detect_lambda_pymssql_injection():
    """Lambda event data in the SQL text (argument 0 only) of pymssql cursor.execute/executemany or _mssql execute_*."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # Only the SQL text: values passed as parameters are quoted by the driver.
            PymssqlCursor.method("execute", "executemany").tracks(0, "operation"),
            MssqlConnection.method("execute_query", "execute_non_query", "execute_scalar", "execute_row").tracks(
                0, "query_string"
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
