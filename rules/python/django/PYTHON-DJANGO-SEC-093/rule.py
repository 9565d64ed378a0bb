from codepathfinder import calls, flows, missing, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a Django or DRF view receives from the client: the shared preset, plus the absolute URL the client
# asked for (its host comes from the Host header).
DJANGO_REQUEST = Sources.django_request() + [
    calls("request.build_absolute_uri", "*.request.build_absolute_uri"),
]


class Docutils(QueryType):
    """docutils.core: reStructuredText to HTML."""

    fqns = ["docutils.core"]


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
            # ...except the `raw` directive, on by default: request data as the reST source, with the
            # default settings, can write HTML of its own.
            Docutils.method("publish_parts", "publish_string")
            .where("settings_overrides", missing())
            .tracks(0, "source"),
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
            # docutils' HTML writer escapes all text it copies into its output.
            calls("docutils.core.publish_parts", "docutils.core.publish_string"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
