from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


@python_rule(
    id="PYTHON-FLASK-SEC-010",
    name="Flask NaN Injection",
    severity="LOW",
    category="flask",
    cwe="CWE-704",
    owasp="A03:2021",
    message="Flask request data is converted with float(), which accepts \"nan\", \"inf\" and \"-inf\"; NaN makes every comparison false and silently defeats range and balance checks. Reject non-finite values with math.isfinite() right after converting, or use int() / decimal.Decimal with validation.",
)
def detect_flask_nan_injection():
    """Request data converted by float()."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            calls("float", "builtins.float").tracks(0),
        ],
        # int() never yields NaN or infinity, and already returns a clean value.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
