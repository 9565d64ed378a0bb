from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()


class HTTPClient(QueryType):
    """requests, httpx and aiohttp clients, as module functions and as methods of their sessions."""

    fqns = [
        "requests",
        "requests.api",
        "requests.Session",
        "requests.sessions.Session",
        "httpx",
        "httpx.Client",
        "httpx.AsyncClient",
        "aiohttp.ClientSession",
    ]


@python_rule(
    id="PYTHON-LAMBDA-SEC-031",
    name="Lambda Server-Side Request Forgery",
    severity="HIGH",
    category="aws_lambda",
    cwe="CWE-918",
    owasp="A10:2021",
    message="Data from the Lambda event decides the URL the function fetches, so the caller can make it call internal services in the VPC or other hosts with the function's network access. Fetch only URLs whose scheme and host are on an allow-list, or keep the URL fixed and pass event values as encoded query parameters.",
)
def detect_lambda_ssrf():
    """Lambda event data in the URL of requests / httpx / aiohttp / urllib / urllib3 requests."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            HTTPClient.method("get", "post", "put", "patch", "delete", "head", "options").tracks(0, "url"),
            # request(method, url) and httpx's stream(method, url).
            HTTPClient.method("request", "stream").tracks(1, "url"),
            calls("urllib.request.urlopen", "urllib.request.urlretrieve").tracks(0, "url"),
            calls("urllib3.PoolManager.request", "urllib3.PoolManager.urlopen", "urllib3.request").tracks(1, "url"),
        ],
        sanitized_by=[
            # Percent-encoding a value for a path segment or query: it can no longer add a host or a path.
            calls("urllib.parse.quote", match_name={"safe": ""}),
            calls("urllib.parse.quote", match_position={1: ""}),
            calls("urllib.parse.quote_plus", "urllib.parse.urlencode"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["url_host", "allow_list", "regex"],
    )
