from codepathfinder import dynamic, Or, QueryType
from codepathfinder.python_decorators import python_rule


class DjangoModels(QueryType):
    """The modules that export the RawSQL expression (django.db.models re-exports it)."""

    fqns = ["django.db.models.expressions", "django.db.models"]


class DjangoManagers(QueryType):
    """Model managers, reached as Model.objects or through the default and base manager attributes."""

    fqns = ["django.db.models.Manager", "django.db.models.manager.Manager", "django.db.models.manager.BaseManager"]
    patterns = ["*.objects", "*._default_manager", "*._base_manager"]


@python_rule(
    id="PYTHON-DJANGO-SEC-005",
    name="Raw SQL Usage Detected (Audit)",
    severity="MEDIUM",
    category="django",
    cwe="CWE-89",
    owasp="A03:2021",
    message="Raw SQL is built from a value that is not a constant string. Keep the SQL text constant and pass every value through the params argument (%s placeholders).",
)
def detect_django_raw_sql_audit():
    """RawSQL() and Manager.raw() whose SQL text is not a constant string."""
    return Or(
        DjangoModels.method("RawSQL").where(0, dynamic()),
        DjangoModels.method("RawSQL").where("sql", dynamic()),
        DjangoManagers.method("raw").where(0, dynamic()),
        DjangoManagers.method("raw").where("raw_query", dynamic()),
    )
