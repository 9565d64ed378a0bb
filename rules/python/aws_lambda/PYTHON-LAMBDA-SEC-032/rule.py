from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


class JinjaEnvironment(QueryType):
    """Unsandboxed Jinja2 environments; SandboxedEnvironment (a subclass) is deliberately not matched."""

    fqns = ["jinja2.Environment", "jinja2.environment.Environment"]
    match_subclasses = False


@python_rule(
    id="PYTHON-LAMBDA-SEC-032",
    name="Lambda Server-Side Template Injection",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-1336",
    owasp="A03:2021",
    message="Data from the Lambda event becomes part of a template's source, so the caller can write template code ({{ ... }}, {% ... %}) that runs inside the function. Keep templates constant and pass event values as variables of render().",
)
def detect_lambda_ssti():
    """Lambda event data in the source of a Jinja2, Mako or Tornado template."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            calls("jinja2.Template", "jinja2.environment.Template").tracks(0, "source"),
            JinjaEnvironment.method("from_string").tracks(0, "source"),
            calls("*.env.from_string", "*.jinja_env.from_string").tracks(0, "source"),
            calls("flask.render_template_string", "flask.templating.render_template_string").tracks(0, "source"),
            calls("tornado.template.Template").tracks(0, "template_string"),
            calls("mako.template.Template").tracks(0, "text"),
        ],
        # Escaping does not help: HTML escaping leaves {{ }} and {% %} intact.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
