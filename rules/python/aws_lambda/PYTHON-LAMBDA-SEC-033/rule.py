from codepathfinder import flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()

# A destination whose start fixes the site: a local path ("/x", not "//" or "/\\"), a query or fragment,
# or an absolute URL with a constant scheme and host. `{}` marks a value put into the text.
FIXED_DESTINATION = r"^(/[^/\\{%]|[?#]|[A-Za-z][A-Za-z0-9+.-]*://[^/\\{}%?#@]+[/?#])"


@python_rule(
    id="PYTHON-LAMBDA-SEC-033",
    name="Lambda Open Redirect",
    severity="MEDIUM",
    category="aws_lambda",
    cwe="CWE-601",
    owasp="A01:2021",
    message="Data from the Lambda event becomes the Location header of the response the function returns, so a link to this API can send users to any other site. Redirect only to local paths that are checked (no scheme, no host, not //) or to hosts on an allow-list.",
)
def detect_lambda_open_redirect():
    """Lambda event data in the Location header of a returned API Gateway / function URL response dict."""
    return flows(
        from_sources=LAMBDA_EVENT,
        # The sink is the response the handler returns, not a call.
        to_sinks=[],
        return_fields=[
            {"field": "headers.Location", "unless": FIXED_DESTINATION},
            {"field": "multiValueHeaders.Location", "unless": FIXED_DESTINATION},
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["url_host", "allow_list"],
    )
