from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()

# Functions that turn a value into something safe to put in SQL text: quoted identifiers and literals.
SQL_QUOTING = [
    calls("*.ops.quote_name"),
    calls("psycopg2.extensions.quote_ident"),
    calls("psycopg2.sql.Identifier", "psycopg2.sql.Literal", "psycopg.sql.Identifier", "psycopg.sql.Literal"),
    calls("uuid.UUID"),
]


@python_rule(
    id="PYTHON-DJANGO-SEC-001",
    name="Django SQL Injection via cursor.execute()",
    severity="CRITICAL",
    category="django",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Request data is part of the SQL text given to cursor.execute(). Keep the SQL constant and pass values as parameters: cursor.execute(\"... WHERE id = %s\", [value]).",
)
def detect_django_cursor_sql_injection():
    """Request data reaching the SQL text (first argument) of a DB-API execute call."""
    return flows(
        from_sources=DJANGO_REQUEST,
        # Only the SQL text is checked: values in the parameters argument are quoted by the driver.
        to_sinks=[calls("*.execute", "*.executemany", "*.executescript").tracks(0, "sql", "query", "operation")],
        sanitized_by=SQL_QUOTING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
