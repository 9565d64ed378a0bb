from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler: the shared presets
# (handler parameters, request bodies, query strings, headers, cookies, URL parts).
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()


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
        "tornado.httpclient.AsyncHTTPClient",
        "tornado.httpclient.HTTPClient",
    ]


@python_rule(
    id="PYTHON-WEB-SEC-005",
    name="FastAPI, aiohttp and Tornado Server-Side Request Forgery",
    severity="HIGH",
    category="web",
    cwe="CWE-918",
    owasp="A10:2021",
    message='Request data decides the URL the server fetches, so the client can make it call internal services or cloud metadata endpoints. Fetch only URLs whose scheme and host are on an allow-list, or keep the URL fixed and pass request values as query parameters.',
)
def detect_web_ssrf():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers in the URL of an outgoing request."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            HTTPClient.method("get", "post", "put", "patch", "delete", "head", "options", "fetch").tracks(0, "url"),
            HTTPClient.method("request", "stream").tracks(1, "url"),
            calls("urllib.request.urlopen", "urllib.request.urlretrieve").tracks(0, "url"),
        ],
        sanitized_by=[
            calls("urllib.parse.quote", match_name={"safe": ""}),
            calls("urllib.parse.quote", match_position={1: ""}),
            calls("urllib.parse.quote_plus", "urllib.parse.urlencode"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["url_host", "allow_list", "regex"],
    )
