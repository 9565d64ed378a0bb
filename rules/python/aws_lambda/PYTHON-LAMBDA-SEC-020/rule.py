from codepathfinder import calls, flows, regex, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()

# Chalice headers that declare an HTML body (the header name as commonly written, with or without charset).
HTML_HEADERS = [
    {"Content-Type": "text/html"},
    {"Content-Type": "text/html; charset=utf-8"},
    {"Content-Type": "text/html; charset=UTF-8"},
    {"Content-Type": "text/html;charset=utf-8"},
    {"Content-Type": "text/html;charset=UTF-8"},
    {"content-type": "text/html"},
    {"content-type": "text/html; charset=utf-8"},
    {"content-type": "text/html; charset=UTF-8"},
    {"Content-type": "text/html"},
    {"Content-type": "text/html; charset=utf-8"},
]

HTML_TYPE = r"(?i)html"

HTML_ESCAPERS = [
    calls(
        "html.escape",
        "markupsafe.escape",
        "markupsafe.Markup.escape",
        "jinja2.escape",
        "xml.sax.saxutils.escape",
        "cgi.escape",
        "django.utils.html.escape",
        "bleach.clean",
        "nh3.clean",
    ),
]


@python_rule(
    id="PYTHON-LAMBDA-SEC-020",
    name="Lambda Tainted HTML Response",
    severity="MEDIUM",
    category="aws_lambda",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Data from the Lambda event is sent back in an HTML response body without escaping. Escape it with html.escape() (or render it with an autoescaping template), or return JSON with an application/json content type.",
)
def detect_lambda_tainted_html_response():
    """Lambda event data in the body of an HTML response: Chalice/Powertools Response, S3 objects served as text/html."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # Chalice: Response(body, headers={"Content-Type": "text/html"}).
            calls("chalice.Response", "chalice.app.Response", match_name={"headers": HTML_HEADERS}).tracks(0, "body"),
            # Powertools event handler: Response(status_code, content_type, body).
            calls(
                "aws_lambda_powertools.event_handler.Response",
                "aws_lambda_powertools.event_handler.api_gateway.Response",
                match_name={"content_type": regex(HTML_TYPE)},
            ).tracks(2, "body"),
            calls(
                "aws_lambda_powertools.event_handler.Response",
                "aws_lambda_powertools.event_handler.api_gateway.Response",
                match_position={1: regex(HTML_TYPE)},
            ).tracks(2, "body"),
            # Pages written to S3 and served to browsers (static sites, generated reports).
            calls("*.put_object", "*.put", match_name={"ContentType": regex(HTML_TYPE)}).tracks("Body"),
        ],
        # The proxy response dict a handler returns (API Gateway, ALB, function URLs): its body, when its
        # headers declare HTML.
        return_fields=[
            {"field": "body", "when": {"headers.Content-Type": HTML_TYPE}},
            {"field": "body", "when": {"multiValueHeaders.Content-Type": HTML_TYPE}},
        ],
        sanitized_by=HTML_ESCAPERS,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
