from codepathfinder import calls, missing, Or, QueryType
from codepathfinder.python_decorators import python_rule


class Jinja2Environments(QueryType):
    """Jinja2 environments and stand-alone templates; NativeEnvironment (which renders Python values) is left out."""

    fqns = ["jinja2", "jinja2.environment", "jinja2.sandbox"]


@python_rule(
    id="PYTHON-FLASK-XSS-001",
    name="Flask Direct Use of Jinja2",
    severity="MEDIUM",
    category="flask",
    cwe="CWE-79",
    owasp="A03:2021",
    message="A Jinja2 Environment/Template is created without autoescaping (Jinja2's default is off), so values rendered into HTML are not escaped. Use Flask's render_template(), or pass autoescape=select_autoescape() (or True).",
)
def detect_flask_direct_jinja2():
    """jinja2.Environment / Template / SandboxedEnvironment with autoescape missing or False; env.autoescape = False."""
    return Or(
        Jinja2Environments.method(
            "Environment", "Template", "SandboxedEnvironment", "ImmutableSandboxedEnvironment"
        ).where("autoescape", missing()),
        Jinja2Environments.method(
            "Environment", "Template", "SandboxedEnvironment", "ImmutableSandboxedEnvironment"
        ).where("autoescape", False),
        # Switched off after creation, including Flask's own environment: app.jinja_env.autoescape = False
        calls("*.__setattr__", match_position={0: "autoescape", 1: False}),
    )
