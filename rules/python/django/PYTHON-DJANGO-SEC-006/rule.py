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


# Places where a string becomes SQL outside Django's own raw-SQL APIs (cursor.execute, Manager.raw, extra and
# RawSQL have their own rules): SQLAlchemy text clauses, psycopg's trusted SQL fragments, mogrify() and pandas.
SQL_TEXT_BUILDERS = [
    calls(
        "sqlalchemy.text",
        "sqlalchemy.sql.text",
        "sqlalchemy.sql.expression.text",
        "sqlalchemy.literal_column",
        "sqlalchemy.sql.literal_column",
        "sqlalchemy.sql.expression.literal_column",
    ).tracks(0, "text"),
    calls("psycopg2.sql.SQL", "psycopg.sql.SQL").tracks(0, "string", "obj"),
    calls("*.mogrify").tracks(0, "query"),
    calls("pandas.read_sql", "pandas.read_sql_query").tracks(0, "sql"),
]


@python_rule(
    id="PYTHON-DJANGO-SEC-006",
    name="Tainted SQL String Construction",
    severity="HIGH",
    category="django",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Request data is built into SQL text (text(), sql.SQL(), mogrify() or pandas.read_sql()). Keep the SQL constant and bind values as parameters; quote identifiers with sql.Identifier.",
)
def detect_django_tainted_sql_string():
    """Request data built into SQL text that SQLAlchemy, psycopg or pandas will run."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=SQL_TEXT_BUILDERS,
        sanitized_by=SQL_QUOTING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
