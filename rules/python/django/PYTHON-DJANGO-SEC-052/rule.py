from codepathfinder import calls
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-DJANGO-SEC-052",
    name="Django html_safe() Usage (Audit)",
    severity="MEDIUM",
    category="django",
    cwe="CWE-79",
    owasp="A03:2021",
    message="@html_safe makes templates trust the class's __str__() output as HTML. Make sure __str__() escapes every value (format_html()), or drop the decorator.",
)
def detect_django_html_safe_audit():
    """The html_safe class decorator, bare or called on a class."""
    return calls("django.utils.html.html_safe")
