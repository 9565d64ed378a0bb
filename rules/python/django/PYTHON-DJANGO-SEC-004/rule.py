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
    id="PYTHON-DJANGO-SEC-004",
    name="Django SQL Injection via RawSQL Expression",
    severity="CRITICAL",
    category="django",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Request data is part of the SQL text of a RawSQL expression. Keep the SQL constant and pass values in params: RawSQL(\"... = %s\", (value,)), or use ORM expressions.",
)
def detect_django_rawsql_injection():
    """Request data reaching the SQL text (first argument) of RawSQL()."""
    return flows(
        from_sources=DJANGO_REQUEST,
        # RawSQL(sql, params): only the SQL text is checked, params are quoted by the driver.
        to_sinks=[calls("django.db.models.RawSQL", "django.db.models.expressions.RawSQL").tracks(0, "sql")],
        sanitized_by=SQL_QUOTING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
