from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()

# Percent-encoding keeps a value inside one path segment or query parameter: it cannot change the scheme or host.
URL_ENCODING = [
    calls("urllib.parse.quote", "urllib.parse.quote_plus", "urllib.parse.urlencode", "django.utils.http.urlencode"),
]


@python_rule(
    id="PYTHON-DJANGO-SEC-031",
    name="Django SSRF via urllib",
    severity="HIGH",
    category="django",
    cwe="CWE-918",
    owasp="A10:2021",
    message="Request data decides the URL the server opens with urllib. Build the URL from a fixed scheme and host, encode user values with urllib.parse.quote(), or check the host against an allow-list.",
)
def detect_django_urllib_ssrf():
    """Request data reaching the URL opened by urllib.request.urlopen(), urlretrieve() or an opener."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            # urlopen(url_or_request): a Request built from the data carries its taint to the call that opens it.
            calls("urllib.request.urlopen").tracks(0, "url"),
            calls("urllib.request.urlretrieve").tracks(0, "url"),
            calls("urllib.request.OpenerDirector.open").tracks(0, "fullurl"),
        ],
        sanitized_by=URL_ENCODING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["url_host", "allow_list", "regex"],
    )
