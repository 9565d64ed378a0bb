from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class PsycopgCursor(QueryType):
    """psycopg2 cursors (plain and the psycopg2.extras factories) and psycopg 3 cursors and connections."""

    fqns = [
        "psycopg2.extensions.cursor",
        "psycopg2._psycopg.cursor",
        "psycopg2.extras.DictCursor",
        "psycopg2.extras.RealDictCursor",
        "psycopg2.extras.NamedTupleCursor",
        "psycopg2.extras.LoggingCursor",
        "psycopg.Cursor",
        "psycopg.ClientCursor",
        "psycopg.ServerCursor",
        "psycopg.AsyncCursor",
        "psycopg.Connection",
        "psycopg.AsyncConnection",
    ]


# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()

@python_rule(
    id="PYTHON-LAMBDA-SEC-011",
    name="Lambda SQL Injection via psycopg2 Cursor",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Data from the Lambda event is built into SQL text run through psycopg2/psycopg. Keep the query constant and pass event values as parameters: cur.execute(\"... WHERE id = %s\", (value,)); compose identifiers with psycopg2.sql.Identifier().",
)
def detect_lambda_psycopg2_injection():
    """Lambda event data in the SQL text of psycopg execute/executemany/copy_expert/mogrify, execute_values/batch, sql.SQL()."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # Only the SQL text: values passed as parameters are adapted by the driver.
            PsycopgCursor.method("execute", "executemany", "mogrify", "copy_expert", "copy").tracks(
                0, "query", "sql", "statement"
            ),
            calls("psycopg2.extras.execute_values", "psycopg2.extras.execute_batch").tracks(1, "sql"),
            # sql.SQL(text) marks text as trusted SQL: building it from event data defeats the composition API.
            calls("psycopg2.sql.SQL", "psycopg.sql.SQL").tracks(0),
        ],
        sanitized_by=[
            calls(
                "psycopg2.sql.Identifier",
                "psycopg2.sql.Literal",
                "psycopg.sql.Identifier",
                "psycopg.sql.Literal",
                "psycopg2.extensions.quote_ident",
                "psycopg2.extensions.adapt",
            ),
            # sql.SQL() and mogrify() are reported where their SQL text is built from event data; what they
            # return is then not reported a second time where it is executed.
            calls("psycopg2.sql.SQL", "psycopg.sql.SQL"),
            PsycopgCursor.method("mogrify"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
