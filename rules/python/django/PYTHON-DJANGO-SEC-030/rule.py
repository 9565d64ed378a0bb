from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()

# Percent-encoding keeps a value inside one path segment or query parameter: it cannot change the scheme or host.
URL_ENCODING = [
    calls("urllib.parse.quote", "urllib.parse.quote_plus", "urllib.parse.urlencode", "django.utils.http.urlencode"),
]


class Requests(QueryType):
    """The requests module's functions and the methods of a requests.Session."""

    fqns = ["requests", "requests.api", "requests.Session", "requests.sessions.Session"]


@python_rule(
    id="PYTHON-DJANGO-SEC-030",
    name="Django SSRF via requests Library",
    severity="HIGH",
    category="django",
    cwe="CWE-918",
    owasp="A10:2021",
    message="Request data decides the URL the server fetches with requests. Build the URL from a fixed scheme and host, encode user values with urllib.parse.quote(), or check the host against an allow-list.",
)
def detect_django_requests_ssrf():
    """Request data reaching the URL argument of requests.get/post/... or of a Session method."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            # Only the URL is checked: request data in params=, data=, json= or headers= does not pick the target.
            Requests.method("get", "post", "put", "patch", "delete", "head", "options").tracks(0, "url"),
            Requests.method("request").tracks(1, "url"),
        ],
        sanitized_by=URL_ENCODING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["url_host", "allow_list", "regex"],
    )
