from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
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



class DjangoManagers(QueryType):
    """Model managers, reached as Model.objects or through the default and base manager attributes."""

    fqns = ["django.db.models.Manager", "django.db.models.manager.Manager", "django.db.models.manager.BaseManager"]
    patterns = ["*.objects", "*._default_manager", "*._base_manager"]


@python_rule(
    id="PYTHON-DJANGO-SEC-002",
    name="Django SQL Injection via ORM .raw()",
    severity="CRITICAL",
    category="django",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Request data is part of the SQL text given to Manager.raw(). Keep the query constant and pass values in params: Model.objects.raw(\"... WHERE id = %s\", [value]).",
)
def detect_django_raw_sql_injection():
    """Request data reaching the query text (first argument) of Manager.raw()."""
    return flows(
        from_sources=DJANGO_REQUEST,
        # Only the query text is checked: values in params are quoted by the database driver.
        to_sinks=[DjangoManagers.method("raw").tracks(0, "raw_query")],
        sanitized_by=SQL_QUOTING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
