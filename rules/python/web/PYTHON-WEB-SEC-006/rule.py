from codepathfinder import And, calls, flows, Not, regex, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler: the shared presets
# (handler parameters, request bodies, query strings, headers, cookies, URL parts).
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()

# A destination whose start fixes the site: a local path ("/x", not "//" or "/\\"), a query or fragment,
# or an absolute URL with a constant scheme and host. `{}` marks a value in an f-string or concatenation.
FIXED_DESTINATION = r"^(/[^/\\{%]|[?#]|[A-Za-z][A-Za-z0-9+.-]*://[^/\\{}%?#@]+[/?#])"


@python_rule(
    id="PYTHON-WEB-SEC-006",
    name="FastAPI, aiohttp and Tornado Open Redirect",
    severity="MEDIUM",
    category="web",
    cwe="CWE-601",
    owasp="A01:2021",
    message="Request data decides where the response redirects the browser, so a link to this site can send users to any other site. Redirect only to local paths that are checked (no scheme, no host, not //), to URLs built for the application's own routes, or to hosts on an allow-list.",
)
def detect_web_open_redirect():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers choosing a redirect's destination."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            And(
                calls("starlette.responses.RedirectResponse", "fastapi.responses.RedirectResponse", "aiohttp.web.HTTPFound", "aiohttp.web.HTTPSeeOther", "aiohttp.web.HTTPMovedPermanently", "aiohttp.web.HTTPTemporaryRedirect", "aiohttp.web.HTTPPermanentRedirect", "self.redirect").tracks(0, "url", "location"),
                Not(calls("starlette.responses.RedirectResponse", "fastapi.responses.RedirectResponse", "aiohttp.web.HTTPFound", "aiohttp.web.HTTPSeeOther", "aiohttp.web.HTTPMovedPermanently", "aiohttp.web.HTTPTemporaryRedirect", "aiohttp.web.HTTPPermanentRedirect", "self.redirect", match_position={0: regex(FIXED_DESTINATION)})),
                Not(calls("starlette.responses.RedirectResponse", "fastapi.responses.RedirectResponse", "aiohttp.web.HTTPFound", "aiohttp.web.HTTPSeeOther", "aiohttp.web.HTTPMovedPermanently", "aiohttp.web.HTTPTemporaryRedirect", "aiohttp.web.HTTPPermanentRedirect", "self.redirect", match_name={"url": regex(FIXED_DESTINATION)})),
                Not(calls("starlette.responses.RedirectResponse", "fastapi.responses.RedirectResponse", "aiohttp.web.HTTPFound", "aiohttp.web.HTTPSeeOther", "aiohttp.web.HTTPMovedPermanently", "aiohttp.web.HTTPTemporaryRedirect", "aiohttp.web.HTTPPermanentRedirect", "self.redirect", match_name={"location": regex(FIXED_DESTINATION)})),
            ),
        ],
        sanitized_by=[
            # URLs built for the application's own routes.
            calls("*.url_path_for", "*.url_for", "self.reverse_url"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["url_host", "allow_list"],
    )
