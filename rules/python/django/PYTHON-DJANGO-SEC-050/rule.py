from codepathfinder import attribute, calls, And, Not, flows, missing, regex, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()

# HTML escaping: the value can no longer open a tag or an attribute. Templates rendered by render_to_string()
# autoescape their context.
HTML_ESCAPING = [
    calls("django.utils.html.escape", "django.utils.html.conditional_escape"),
    calls("django.utils.html.format_html", "django.utils.html.format_html_join"),
    calls("django.template.loader.render_to_string"),
    calls("html.escape", "markupsafe.escape", "bleach.clean"),
    # A template's render(): Django's template engines autoescape (the Jinja2 backend turns it on too). A
    # bare jinja2.Template does not, so it stays out.
    And(calls("*.render"), Not(calls("jinja2.Template.render", "jinja2.environment.Template.render"))),
]


class DjangoHttp(QueryType):
    """django.http and django.http.response, which export the response classes."""

    fqns = ["django.http", "django.http.response"]


# A content type a browser renders as a document that can run script.
MARKUP_TYPE = r"(?i)(html|xml)"


@python_rule(
    id="PYTHON-DJANGO-SEC-050",
    name="Django Direct HttpResponse Usage",
    severity="MEDIUM",
    category="django",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Request data is written unescaped into an HTML HttpResponse. Render a template (autoescaped), escape the value with django.utils.html.escape()/format_html(), or return JsonResponse / a text/plain response.",
)
def detect_django_httpresponse_xss():
    """Request data reaching the body of an HttpResponse served as HTML (the default content type)."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            # HttpResponse(content, content_type, status, ...) and the error responses sharing its signature.
            # No content type given: Django serves text/html.
            DjangoHttp.method(
                "HttpResponse",
                "HttpResponseBadRequest",
                "HttpResponseNotFound",
                "HttpResponseForbidden",
                "HttpResponseGone",
                "HttpResponseServerError",
            )
            .where(1, missing())
            .where("content_type", missing())
            .tracks(0, "content"),
            # An explicit HTML or XML content type, by keyword or by position.
            DjangoHttp.method(
                "HttpResponse",
                "HttpResponseBadRequest",
                "HttpResponseNotFound",
                "HttpResponseForbidden",
                "HttpResponseGone",
                "HttpResponseServerError",
            )
            .where("content_type", regex(MARKUP_TYPE))
            .tracks(0, "content"),
            DjangoHttp.method(
                "HttpResponse",
                "HttpResponseBadRequest",
                "HttpResponseNotFound",
                "HttpResponseForbidden",
                "HttpResponseGone",
                "HttpResponseServerError",
            )
            .where(1, regex(MARKUP_TYPE))
            .tracks(0, "content"),
        ],
        sanitized_by=HTML_ESCAPING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
