from codepathfinder import dynamic, Or, QueryType
from codepathfinder.python_decorators import python_rule


class MarkupModules(QueryType):
    """Markup lives in markupsafe; Flask (before 3.0) and Jinja2 (before 3.1) re-exported it."""

    fqns = ["markupsafe", "flask", "jinja2", "jinja2.utils"]


@python_rule(
    id="PYTHON-FLASK-XSS-002",
    name="Flask Explicit Unescape with Markup",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Markup() marks a value that is not a constant as safe HTML, so Jinja2 will not escape it. Escape the data instead: Markup('<b>{}</b>').format(value) or markupsafe.escape(value).",
)
def detect_flask_markup_unescape():
    """Markup(value) where value is not a constant string (f-strings, concatenation, variables, calls)."""
    return Or(
        MarkupModules.method("Markup").where(0, dynamic()),
        MarkupModules.method("Markup").where("base", dynamic()),
    )
