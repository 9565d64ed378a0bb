from codepathfinder import attribute, calls, flows, regex, variable, And, Not, PropagationPresets
from codepathfinder.python_decorators import python_rule

# What a client controls in a Django or DRF view, spelled out rather than Sources.django_request(): the
# request's own path (`request.path`, `get_full_path()`) is left out, because redirecting to it keeps the
# browser on the site it asked for (the login-redirect idiom).
DJANGO_REQUEST = [
    attribute(
        "request.GET",
        "request.POST",
        "request.COOKIES",
        "request.FILES",
        "request.META",
        "request.headers",
        "request.body",
        "request.data",
        "request.query_params",
        "*.request.GET",
        "*.request.POST",
        "*.request.COOKIES",
        "*.request.FILES",
        "*.request.META",
        "*.request.headers",
        "*.request.body",
        "*.request.data",
        "*.request.query_params",
        "self.kwargs",
    ),
    calls("request.read", "*.request.read"),
    variable("*", decorated_by=[calls("django.urls.path", "django.urls.re_path", "django.conf.urls.url")]),
]

REDIRECT_CLASS = "django.http.HttpResponseRedirect"
REDIRECT_PERMANENT = "django.http.HttpResponsePermanentRedirect"
REDIRECT_SHORTCUT = "django.shortcuts.redirect"

# A target whose constant prefix already fixes the site: a same-site path ("/orders/{}", not "/{}" or "//{}"),
# a query or fragment, or an absolute URL with a constant scheme and host. `{}` marks a value built in.
FIXED_DESTINATION = r"^(/[^/\\{%]|[?#]|[A-Za-z][A-Za-z0-9+.-]*://[^/\\{}%?#@]+[/?#])"


@python_rule(
    id="PYTHON-DJANGO-SEC-094",
    name="Django Open Redirect",
    severity="MEDIUM",
    category="django",
    cwe="CWE-601",
    owasp="A01:2021",
    message="Request data decides where the response redirects the browser, so a link to this site can send the user to any other site (phishing, token theft). Redirect only to paths of this site checked with url_has_allowed_host_and_scheme(), or to a fixed list of targets.",
)
def detect_django_open_redirect():
    """Django/DRF request data flowing into the target of HttpResponseRedirect, redirect() or a Location header."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            And(
                calls(REDIRECT_CLASS, REDIRECT_PERMANENT, REDIRECT_SHORTCUT),
                Not(
                    calls(REDIRECT_CLASS, REDIRECT_PERMANENT, REDIRECT_SHORTCUT, match_position={0: regex(FIXED_DESTINATION)})
                ),
                Not(
                    calls(REDIRECT_CLASS, REDIRECT_PERMANENT, REDIRECT_SHORTCUT, match_name={"redirect_to": regex(FIXED_DESTINATION)})
                ),
                Not(
                    calls(REDIRECT_CLASS, REDIRECT_PERMANENT, REDIRECT_SHORTCUT, match_name={"to": regex(FIXED_DESTINATION)})
                ),
            ),
            # response["Location"] = target
            calls("*.__setitem__", match_position={0: regex(r"(?i)^location$")}).tracks(1),
        ],
        # urlencode() percent-encodes `/`, `\\`, `:` and `@`: its output is a query string, which cannot name
        # another site wherever it is placed in the URL.
        sanitized_by=[
            calls("django.urls.reverse", "django.urls.reverse_lazy"),
            calls("urllib.parse.urlencode", "django.utils.http.urlencode"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["url_host", "allow_list"],
    )
