from codepathfinder import QueryType, dynamic
from codepathfinder.python_decorators import python_rule


class DjangoSafeStrings(QueryType):
    """Django's "already escaped" string classes; subclasses defined in the project are included."""

    fqns = [
        "django.utils.safestring.SafeData",
        "django.utils.safestring.SafeString",
        "django.utils.safestring.SafeText",
        "django.utils.html.SafeData",
        "django.utils.html.SafeString",
    ]


@python_rule(
    id="PYTHON-DJANGO-SEC-053",
    name="Django SafeString Subclass (Audit)",
    severity="MEDIUM",
    category="django",
    cwe="CWE-79",
    owasp="A03:2021",
    message="A SafeString (or a subclass of it) is built from a value that is not a constant, so templates will not escape it. Use format_html() or escape() instead of wrapping the value as safe.",
)
def detect_django_safestring_audit():
    """Direct construction of SafeString/SafeText, or of a project class derived from them, on a non-constant value."""
    return DjangoSafeStrings.method("__init__").where(0, dynamic())
