from codepathfinder import calls, And, Not, Or, QueryType, regex
from codepathfinder.python_decorators import python_rule

# A plain-HTTP URL.
HTTP_URL = r"(?i)^http://"
# URLs that stay on the machine (loopback, the unspecified address) or on the host's link-local metadata
# service (cloud instance metadata is only served over HTTP): not reported.
LOCAL_URL = r"(?i)^[a-z][a-z0-9+.-]*://([^/?#@]*@)?(localhost|localhost\.localdomain|127(\.[0-9]{1,3}){3}|\[::1\]|\[0:0:0:0:0:0:0:1\]|0\.0\.0\.0|169\.254(\.[0-9]{1,3}){2}|metadata\.google\.internal)(:[0-9]+)?([/?#]|$)"


class HttpSession(QueryType):
    """Session and client objects of requests, httpx, aiohttp and urllib3, or a receiver named like a session."""

    fqns = [
        "requests.Session",
        "requests.sessions.Session",
        "httpx.Client",
        "httpx.AsyncClient",
        "aiohttp.ClientSession",
        "urllib3.PoolManager",
        "urllib3.ProxyManager",
        "urllib3.poolmanager.PoolManager",
    ]
    patterns = ["*session", "*Session", "*session_*", "*_session*"]


@python_rule(
    id="PYTHON-LANG-SEC-060",
    name="HTTP Request Without TLS",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-319",
    owasp="A02:2021",
    message="This request goes to an http:// URL, so the request, its credentials and the response travel unencrypted and unauthenticated. Use the https:// URL.",
)
def detect_http_request_without_tls():
    """requests/httpx/aiohttp/urllib3 requests whose URL is a constant http:// URL that is not local."""
    return And(
        Or(
            # Module functions whose URL is the first argument.
            calls(
                "requests.get", "requests.post", "requests.put", "requests.patch", "requests.delete",
                "requests.head", "requests.options", "httpx.get", "httpx.post", "httpx.put", "httpx.patch",
                "httpx.delete", "httpx.head", "httpx.options",
                match_position={0: regex(HTTP_URL)},
            ),
            calls(
                "requests.get", "requests.post", "requests.put", "requests.patch", "requests.delete",
                "requests.head", "requests.options", "httpx.get", "httpx.post", "httpx.put", "httpx.patch",
                "httpx.delete", "httpx.head", "httpx.options",
                match_name={"url": regex(HTTP_URL)},
            ),
            # Module functions whose URL follows the method: request("GET", url).
            calls(
                "requests.request", "httpx.request", "httpx.stream", "urllib3.request",
                match_position={1: regex(HTTP_URL)},
            ),
            calls(
                "requests.request", "httpx.request", "httpx.stream", "urllib3.request",
                match_name={"url": regex(HTTP_URL)},
            ),
            # Sessions and clients.
            HttpSession.method("get", "post", "put", "patch", "delete", "head", "options").where(0, regex(HTTP_URL)),
            HttpSession.method("get", "post", "put", "patch", "delete", "head", "options").where("url", regex(HTTP_URL)),
            HttpSession.method("request", "stream", "urlopen").where(1, regex(HTTP_URL)),
            HttpSession.method("request", "stream", "urlopen").where("url", regex(HTTP_URL)),
            # A client whose every relative request goes to a plain-HTTP base URL.
            calls("httpx.Client", "httpx.AsyncClient", match_name={"base_url": regex(HTTP_URL)}),
            calls("aiohttp.ClientSession", match_position={0: regex(HTTP_URL)}),
            calls("aiohttp.ClientSession", match_name={"base_url": regex(HTTP_URL)}),
        ),
        Not(calls("*", match_position={0: regex(LOCAL_URL)})),
        Not(calls("*", match_position={1: regex(LOCAL_URL)})),
        Not(calls("*", match_name={"url": regex(LOCAL_URL)})),
        Not(calls("*", match_name={"base_url": regex(LOCAL_URL)})),
    )
