from codepathfinder import dynamic, Or, QueryType
from codepathfinder.python_decorators import python_rule


class FlaskTemplating(QueryType):
    """flask and flask.templating both export render_template_string and stream_template_string."""

    fqns = ["flask", "flask.templating"]


@python_rule(
    id="PYTHON-FLASK-AUDIT-008",
    name="Flask render_template_string Usage",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-1336",
    owasp="A03:2021",
    message="The template source passed to render_template_string() is not a constant, so data inside it is evaluated as Jinja2 code (server-side template injection). Keep templates in files or constants and pass data as keyword arguments.",
)
def detect_flask_render_template_string():
    """render_template_string()/stream_template_string() whose template source is not a constant string."""
    return Or(
        FlaskTemplating.method("render_template_string", "stream_template_string").where(0, dynamic()),
        FlaskTemplating.method("render_template_string", "stream_template_string").where("source", dynamic()),
    )
