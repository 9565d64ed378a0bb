from codepathfinder import calls, flows, regex, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()

# The constant parts of a string built at run time contain an HTML element (a doctype, or an opening or
# closing tag of a common HTML element). XML documents with their own element names do not match.
HTML_MARKUP = (
    r"(?i)<(!doctype\s+html|/?(html|head|body|div|span|p|a|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|"
    r"img|script|style|iframe|form|input|button|label|select|option|textarea|pre|code|b|i|u|em|strong|"
    r"small|br|hr|section|article|header|footer|nav|main|blockquote|title|meta|link)(\s[^<>]*)?/?>)"
)


@python_rule(
    id="PYTHON-LAMBDA-SEC-021",
    name="Lambda Tainted HTML String",
    severity="MEDIUM",
    category="aws_lambda",
    cwe="CWE-79",
    owasp="A03:2021",
    message="HTML markup is built by string formatting with data from the Lambda event, without escaping. Escape each value with html.escape() before putting it into markup, or use a template engine with autoescaping.",
)
def detect_lambda_tainted_html_string():
    """An HTML fragment built (f-string, +, %, .format) from Lambda event data and handed to a call, or wrapped in Markup()."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # page(f"<h1>Hi {name}</h1>"), parts.append("<li>%s</li>" % item), send_html(subject, "<p>" + text):
            # the first or second argument is markup built right there, and the event data is in it.
            calls("*", match_position={0: regex(HTML_MARKUP)}).tracks(0),
            calls("*", match_position={1: regex(HTML_MARKUP)}).tracks(1),
            calls("*", match_name={"html": regex(HTML_MARKUP)}).tracks("html"),
            # Markup() declares its argument safe HTML: event data in it is never escaped later.
            calls("markupsafe.Markup", "flask.Markup", "jinja2.Markup").tracks(0),
        ],
        sanitized_by=[
            calls(
                "html.escape",
                "markupsafe.escape",
                "markupsafe.Markup.escape",
                "jinja2.escape",
                "xml.sax.saxutils.escape",
                "cgi.escape",
                "django.utils.html.escape",
                "bleach.clean",
                "nh3.clean",
            ),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
