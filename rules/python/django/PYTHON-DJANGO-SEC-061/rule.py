from codepathfinder import attribute, calls, flows, PropagationPresets, QueryType, Sources
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


@python_rule(
    id="PYTHON-DJANGO-SEC-061",
    name="Django XSS in send_mail html_message",
    severity="MEDIUM",
    category="django",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Request data is placed unescaped in the html_message of send_mail()/mail_admins()/mail_managers(). Render the HTML with render_to_string() (autoescaped) or escape each value with django.utils.html.escape()/format_html().",
)
def detect_django_send_mail_html_xss():
    """Request data reaching the html_message argument of Django's mail helpers."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            # send_mail(subject, message, from_email, recipient_list, fail_silently, auth_user, auth_password,
            # connection, html_message): the plain-text message is not HTML and is not checked.
            DjangoMail.method("send_mail").tracks(8, "html_message"),
            # mail_admins / mail_managers(subject, message, fail_silently, connection, html_message).
            DjangoMail.method("mail_admins", "mail_managers").tracks(4, "html_message"),
        ],
        sanitized_by=HTML_ESCAPING,
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
