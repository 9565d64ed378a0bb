from codepathfinder import dynamic, missing, Or, QueryType
from codepathfinder.python_decorators import python_rule


class SafeStringModules(QueryType):
    """mark_safe is defined in django.utils.safestring; django.utils.html re-exports it."""

    fqns = ["django.utils.safestring", "django.utils.html"]


@python_rule(
    id="PYTHON-DJANGO-SEC-051",
    name="Django mark_safe() Usage (Audit)",
    severity="MEDIUM",
    category="django",
    cwe="CWE-79",
    owasp="A03:2021",
    message="mark_safe() turns off auto-escaping for a value that is not a constant string. Build the HTML with format_html() (or escape() every value) instead of marking it safe.",
)
def detect_django_mark_safe_audit():
    """mark_safe() on a non-constant value, and @mark_safe used as a decorator (its output is trusted as HTML)."""
    return Or(
        SafeStringModules.method("mark_safe").where(0, dynamic()),
        SafeStringModules.method("mark_safe").where("s", dynamic()),
        # Bare `@mark_safe` on a function: no argument at all.
        SafeStringModules.method("mark_safe").where(0, missing()).where("s", missing()),
    )
