from codepathfinder import attribute, calls, flows, regex, PropagationPresets, QueryType, Sources
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
]


class DjangoMail(QueryType):
    """django.core.mail and django.core.mail.message, which export the mail functions and message classes."""

    fqns = ["django.core.mail", "django.core.mail.message"]


# Markup in the constant part of a body built with an f-string, concatenation, % or .format(): an HTML body.
HTML_MARKUP = r"(?i)<\s*/?\s*(html|body|head|p|div|span|a|br|hr|table|tr|td|th|h[1-6]|strong|b|em|i|u|ul|ol|li|img|font|style|center|pre|blockquote)\b"


@python_rule(
    id="PYTHON-DJANGO-SEC-060",
    name="Django XSS in HTML Email Body",
    severity="MEDIUM",
    category="django",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Request data is placed unescaped in the HTML body of an e-mail. Render the body with render_to_string() (autoescaped) or escape each value with django.utils.html.escape()/format_html().",
)
def detect_django_html_email_xss():
    """Request data in an HTML alternative attached to an e-mail, or in an EmailMessage body written as HTML."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            # msg.attach_alternative(html, "text/html"): the HTML part of a multipart message.
            calls("*.attach_alternative", match_position={1: regex("(?i)html")}).tracks(0, "content"),
            calls("*.attach_alternative", match_name={"mimetype": regex("(?i)html")}).tracks(0, "content"),
            # EmailMessage(subject, body, ...) whose body is built from HTML markup.
            DjangoMail.method("EmailMessage", "EmailMultiAlternatives").where(1, regex(HTML_MARKUP)).tracks(1, "body"),
            DjangoMail.method("EmailMessage", "EmailMultiAlternatives").where("body", regex(HTML_MARKUP)).tracks(1, "body"),
        ],
        sanitized_by=HTML_ESCAPING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
