from codepathfinder import attribute, calls, flows, variable, PropagationPresets, QueryType
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request (module-global `flask.request`, through any import or alias):
# query string, form fields, raw and JSON bodies, uploads, cookies, headers, URL rule values, the path and Referer.
# Everything derived from them is tainted too: request.args["q"], request.args.get("q"), request.form.to_dict().
FLASK_REQUEST = [
    attribute(
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.data",
        "flask.request.json",
        "flask.request.files",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.view_args",
        "flask.request.query_string",
        "flask.request.stream",
        "flask.request.referrer",
        "flask.request.path",
        "flask.request.full_path",
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    # URL variables of route handlers (@app.route("/user/<name>")): the client writes them. Parameters declared
    # with a numeric or UUID converter (<int:id>) or annotated int/float/bool are not sources.
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


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
