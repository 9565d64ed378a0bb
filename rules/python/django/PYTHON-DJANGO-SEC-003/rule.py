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
    id="PYTHON-DJANGO-SEC-003",
    name="Django SQL Injection via ORM .extra()",
    severity="HIGH",
    category="django",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Request data is part of the SQL fragments given to QuerySet.extra(). Use ORM expressions instead, or keep the fragments constant and pass values through params / select_params.",
)
def detect_django_extra_sql_injection():
    """Request data reaching the SQL fragments of QuerySet.extra(): select, where, tables and order_by."""
    return flows(
        from_sources=DJANGO_REQUEST,
        # extra(select, where, params, tables, order_by, select_params): params and select_params (positions 2
        # and 5) are quoted by the driver and are not checked.
        to_sinks=[calls("*.extra").tracks(0, 1, 3, 4, "select", "where", "tables", "order_by")],
        sanitized_by=SQL_QUOTING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
