from codepathfinder import attribute, calls, flows, variable, PropagationPresets
from codepathfinder.python_decorators import python_rule

# What a client controls in a web request, spelled out per framework. Flask: the module-global
# `flask.request` (any import or alias) and route handlers' URL variables. Django: the view's `request`
# parameter and `self.request` in class-based views. Everything derived from them is tainted too.
WEB_REQUEST = [
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
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


@python_rule(
    id="PYTHON-LANG-SEC-116",
    name="XSS via Request Data Marked Safe",
    severity="HIGH",
    category="lang",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Request data is wrapped in Markup() or mark_safe(), which tells the template engine not to escape it, so HTML and script in the request reach the page (cross-site scripting). Escape the data instead: Markup(\"<b>{}</b>\").format(value), format_html(\"<b>{}</b>\", value), or let the template escape it.",
)
def detect_request_data_marked_safe():
    """Web request data flowing into Markup(), mark_safe() or SafeString()."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            calls("markupsafe.Markup", "flask.Markup", "jinja2.Markup", "jinja2.utils.Markup").tracks(0, "base"),
            calls("django.utils.safestring.mark_safe", "django.utils.safestring.SafeString").tracks(0, "s"),
        ],
        # Escaped text is safe to mark: escape() and format_html() return escaped (and already safe) strings.
        sanitized_by=[
            calls(
                "markupsafe.escape",
                "flask.escape",
                "jinja2.escape",
                "html.escape",
                "django.utils.html.escape",
                "django.utils.html.conditional_escape",
                "django.utils.html.format_html",
                "bleach.clean",
                "nh3.clean",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
