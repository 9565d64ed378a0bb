from codepathfinder import calls, flows, regex, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler: the shared presets.
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()


@python_rule(
    id="PYTHON-WEB-SEC-008",
    name="FastAPI, aiohttp and Tornado Cross-Site Scripting",
    severity="HIGH",
    category="web",
    cwe="CWE-79",
    owasp="A03:2021",
    message="Request data is written into an HTML response without escaping, so markup in it (<script>, onerror=) runs in the visitor's browser. Escape it with html.escape() or render it through an autoescaping template.",
)
def detect_web_xss():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers in the body of an HTML response."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            calls("starlette.responses.HTMLResponse", "fastapi.responses.HTMLResponse").tracks(0, "content"),
            # aiohttp answers with the content type it is given; only text/html is rendered as a page.
            calls("aiohttp.web.Response", match_name={"content_type": regex(r"(?i)^text/html")}).tracks(
                "text", "body"
            ),
            # Tornado's write()/finish() of a string answer with Content-Type text/html by default.
            calls("self.write", "self.finish").tracks(0, "chunk"),
        ],
        sanitized_by=[calls("html.escape", "markupsafe.escape", "tornado.escape.xhtml_escape", "bleach.clean", "nh3.clean")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
