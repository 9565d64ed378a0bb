from codepathfinder import calls, Or
from codepathfinder.python_decorators import python_rule

# ssl.CERT_NONE as a symbol, and the spellings urllib3 also accepts for cert_reqs.
CERT_NONE = ["ssl.CERT_NONE", "CERT_NONE", "NONE"]


@python_rule(
    id="PYTHON-LANG-SEC-053",
    name="Disabled Certificate Validation",
    severity="HIGH",
    category="lang",
    cwe="CWE-295",
    owasp="A07:2021",
    message="TLS certificate verification is turned off for this HTTP request or client, so any man-in-the-middle is accepted. Remove verify=False (or ssl=False / cert_reqs=CERT_NONE) and pass a CA bundle path if the server uses a private CA.",
)
def detect_disabled_cert_validation():
    """verify=False (requests, httpx), ssl=False (aiohttp), cert_reqs=CERT_NONE (urllib3), validate_cert=False (tornado)."""
    return Or(
        # Request methods of requests, httpx and aiohttp (module functions, sessions and clients).
        calls(
            "*.get", "*.post", "*.put", "*.patch", "*.delete", "*.head", "*.options", "*.request", "*.send",
            "*.stream", "*.ws_connect",
            match_name={"verify": False},
        ),
        # httpx clients and transports configured once for all requests.
        calls(
            "httpx.Client",
            "httpx.AsyncClient",
            "httpx.HTTPTransport",
            "httpx.AsyncHTTPTransport",
            "httpx.create_ssl_context",
            match_name={"verify": False},
        ),
        # aiohttp: ssl=False (and the deprecated verify_ssl=False) on a request skips verification.
        calls(
            "*.get", "*.post", "*.put", "*.patch", "*.delete", "*.head", "*.options", "*.request", "*.send",
            "*.stream", "*.ws_connect",
            match_name={"ssl": False},
        ),
        calls(
            "*.get", "*.post", "*.put", "*.patch", "*.delete", "*.head", "*.options", "*.request", "*.send",
            "*.stream", "*.ws_connect",
            match_name={"verify_ssl": False},
        ),
        # aiohttp connectors shared by a ClientSession.
        calls("aiohttp.TCPConnector", "aiohttp.connector.TCPConnector", match_name={"ssl": False}),
        calls("aiohttp.TCPConnector", "aiohttp.connector.TCPConnector", match_name={"verify_ssl": False}),
        # urllib3 managers and pools (also what requests uses underneath).
        calls(
            "urllib3.PoolManager",
            "urllib3.ProxyManager",
            "urllib3.HTTPSConnectionPool",
            "urllib3.connection_from_url",
            "urllib3.proxy_from_url",
            "urllib3.poolmanager.PoolManager",
            "urllib3.poolmanager.ProxyManager",
            "urllib3.connectionpool.HTTPSConnectionPool",
            "requests.packages.urllib3.PoolManager",
            "requests.packages.urllib3.poolmanager.PoolManager",
            match_name={"cert_reqs": CERT_NONE},
        ),
        # tornado: AsyncHTTPClient.fetch(...) and HTTPRequest(...).
        calls("*.fetch", "tornado.httpclient.HTTPRequest", match_name={"validate_cert": False}),
    )
