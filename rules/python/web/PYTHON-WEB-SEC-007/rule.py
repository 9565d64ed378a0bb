from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler: the shared presets
# (handler parameters, request bodies, query strings, headers, cookies, URL parts).
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()


class JinjaEnvironment(QueryType):
    """Unsandboxed Jinja2 environments; SandboxedEnvironment (a subclass) is deliberately not matched."""

    fqns = ["jinja2.Environment", "jinja2.environment.Environment"]
    match_subclasses = False


@python_rule(
    id="PYTHON-WEB-SEC-007",
    name="FastAPI, aiohttp and Tornado Server-Side Template Injection",
    severity="CRITICAL",
    category="web",
    cwe="CWE-1336",
    owasp="A03:2021",
    message="Request data becomes part of a template's source, so the client can write template code ({{ ... }}, {% ... %}) that runs on the server. Keep templates constant and pass request values as variables of render().",
)
def detect_web_ssti():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers in the source of a template."""
    return flows(
        from_sources=WEB_REQUEST,
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
        guards=["regex", "charset", "allow_list"],
    )
