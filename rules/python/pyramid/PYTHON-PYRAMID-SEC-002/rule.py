from codepathfinder import calls, flows, missing, regex, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule


class PyramidResponse(QueryType):
    """Pyramid's Response (WebOb's), by type or by the usual variable names."""

    fqns = ["pyramid.response.Response", "webob.Response", "webob.response.Response"]
    patterns = ["response", "resp", "*.response"]


# Request data in Pyramid views (`request` and `self.request`): the shared preset.
PYRAMID_REQUEST = Sources.pyramid_request()

@python_rule(
    id="PYTHON-PYRAMID-SEC-002",
    name="Pyramid Direct Response XSS",
    severity="HIGH",
    category="pyramid",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Request data is written unescaped into an HTML Response. Render it with a template (Chameleon and pyramid_jinja2 escape by default) or escape each value with markupsafe.escape()/html.escape(); return JSON with json_body= for data.",
)
def detect_pyramid_response_xss():
    """Pyramid request data in the body of a Response that is HTML (no content type given, or an HTML one)."""
    return flows(
        from_sources=PYRAMID_REQUEST,
        to_sinks=[
            # Response(body) without a content type is text/html; the body is the first argument, body=,
            # text=, unicode_body= or app_iter=.
            calls(
                "pyramid.response.Response",
                "webob.Response",
                "webob.response.Response",
                match_name={"content_type": missing()},
            ).tracks(0, "body", "text", "unicode_body", "app_iter"),
            calls(
                "pyramid.response.Response",
                "webob.Response",
                "webob.response.Response",
                match_name={"content_type": regex(r"(?i)html")},
            ).tracks(0, "body", "text", "unicode_body", "app_iter"),
            # response.write(...) appends to the body of a response object.
            PyramidResponse.method("write").tracks(0, "text"),
        ],
        sanitized_by=[
            calls(
                "html.escape",
                "markupsafe.escape",
                "markupsafe.Markup.escape",
                "webhelpers2.html.escape",
                "xml.sax.saxutils.escape",
                "cgi.escape",
                "bleach.clean",
                "nh3.clean",
            ),
            # Pyramid's template renderers (Chameleon, pyramid_jinja2, pyramid_mako) escape by default.
            calls("pyramid.renderers.render", "pyramid.renderers.render_to_response"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
