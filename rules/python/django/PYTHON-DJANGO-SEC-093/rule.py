from codepathfinder import attribute, calls, flows, PropagationPresets
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client: attributes of the view's `request` parameter and of
# `self.request` in class-based views, including the path and the URL the client asked for.
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
        "request.path",
        "request.path_info",
        "*.request.GET",
        "*.request.POST",
        "*.request.COOKIES",
        "*.request.FILES",
        "*.request.META",
        "*.request.headers",
        "*.request.body",
        "*.request.data",
        "*.request.query_params",
        "*.request.path",
        "*.request.path_info",
    ),
    calls("request.get_full_path", "request.build_absolute_uri", "request.read"),
    calls("*.request.get_full_path", "*.request.build_absolute_uri", "*.request.read"),
]


@python_rule(
    id="PYTHON-DJANGO-SEC-093",
    name="Django XSS via Request Data Marked Safe",
    severity="HIGH",
    category="django",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Django request data is wrapped in mark_safe(), SafeString() or Markup(), which tells the template engine not to escape it, so HTML and script in the request reach the page (cross-site scripting). Escape the data instead: format_html(\"<b>{}</b>\", value), or let the template escape it.",
)
def detect_django_request_data_marked_safe():
    """Django request data flowing into mark_safe(), SafeString() or Markup()."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            calls("django.utils.safestring.mark_safe", "django.utils.safestring.SafeString").tracks(0, "s"),
            # Jinja2 backends in Django projects.
            calls("markupsafe.Markup", "jinja2.Markup", "jinja2.utils.Markup").tracks(0, "base"),
        ],
        # Escaped text is safe to mark: escape() and format_html() return escaped (and already safe) strings.
        sanitized_by=[
            calls(
                "django.utils.html.escape",
                "django.utils.html.conditional_escape",
                "django.utils.html.format_html",
                "html.escape",
                "markupsafe.escape",
                "bleach.clean",
                "nh3.clean",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
