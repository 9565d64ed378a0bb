from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


class HTTPClient(QueryType):
    """requests and httpx, as module functions and as methods of their sessions and clients."""

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
    id="PYTHON-FLASK-SEC-006",
    name="Flask SSRF via requests library",
    severity="HIGH",
    category="flask",
    cwe="CWE-918",
    owasp="A10:2021",
    message="Flask request data is used in the URL of a request the server makes, so a client can make the server call internal services, cloud metadata endpoints or other hosts (server-side request forgery). Choose the host from an allow-list, keep scheme and host constant, and put request values only into encoded path or query parts.",
)
def detect_flask_ssrf():
    """Request data flowing into the URL of requests / httpx / aiohttp / urllib / urllib3 / xmlrpc calls."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            HTTPClient.method("get", "post", "put", "patch", "delete", "head", "options").tracks(0, "url"),
            # request(method, url) and httpx's stream(method, url).
            HTTPClient.method("request", "stream").tracks(1, "url"),
            # urlopen() also takes a Request object; a Request built from request data is tainted, so the
            # finding is reported once, where the request is sent.
            calls("urllib.request.urlopen", "urllib.request.urlretrieve").tracks(0, "url"),
            calls("urllib.request.OpenerDirector.open").tracks(0, "fullurl"),
            calls("urllib3.PoolManager.request", "urllib3.PoolManager.urlopen", "urllib3.request").tracks(1, "url"),
            calls("xmlrpc.client.ServerProxy").tracks(0, "uri"),
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
