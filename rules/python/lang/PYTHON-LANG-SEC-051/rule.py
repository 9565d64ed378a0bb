from codepathfinder import calls, Or
from codepathfinder.python_decorators import python_rule

# Fixed-version protocol constants of the ssl module that select SSL 2/3 or TLS 1.0/1.1.
WEAK_PROTOCOLS = [
    "ssl.PROTOCOL_SSLv2",
    "ssl.PROTOCOL_SSLv3",
    "ssl.PROTOCOL_TLSv1",
    "ssl.PROTOCOL_TLSv1_1",
]
# The same versions as urllib3 accepts them in ssl_version= (names of ssl constants, with or without PROTOCOL_).
WEAK_PROTOCOL_NAMES = [
    "PROTOCOL_SSLv2",
    "PROTOCOL_SSLv3",
    "PROTOCOL_TLSv1",
    "PROTOCOL_TLSv1_1",
    "SSLv2",
    "SSLv3",
    "TLSv1",
    "TLSv1_1",
]
# pyOpenSSL methods pinned to an obsolete version.
WEAK_PYOPENSSL_METHODS = [
    "OpenSSL.SSL.SSLv2_METHOD",
    "OpenSSL.SSL.SSLv3_METHOD",
    "OpenSSL.SSL.TLSv1_METHOD",
    "OpenSSL.SSL.TLSv1_1_METHOD",
]
# ssl.TLSVersion bounds that allow or force an obsolete version.
WEAK_TLS_VERSIONS = [
    "ssl.TLSVersion.SSLv3",
    "ssl.TLSVersion.TLSv1",
    "ssl.TLSVersion.TLSv1_1",
    "ssl.TLSVersion.MINIMUM_SUPPORTED",
]


@python_rule(
    id="PYTHON-LANG-SEC-051",
    name="Weak SSL/TLS Protocol Version",
    severity="HIGH",
    category="lang",
    cwe="CWE-326",
    owasp="A02:2021",
    message="An obsolete SSL/TLS version (SSLv2, SSLv3, TLS 1.0 or TLS 1.1) is selected. Use ssl.create_default_context() or PROTOCOL_TLS_CLIENT/PROTOCOL_TLS_SERVER with minimum_version = ssl.TLSVersion.TLSv1_2.",
)
def detect_weak_tls_version():
    """Contexts, sockets and client libraries pinned to, or allowing, SSLv2/SSLv3/TLS 1.0/TLS 1.1."""
    return Or(
        calls("ssl.SSLContext", match_name={"protocol": WEAK_PROTOCOLS}),
        calls("ssl.wrap_socket", match_name={"ssl_version": WEAK_PROTOCOLS}),
        calls("ssl.get_server_certificate", match_position={1: WEAK_PROTOCOLS}),
        calls("OpenSSL.SSL.Context", match_position={0: WEAK_PYOPENSSL_METHODS}),
        calls("OpenSSL.SSL.Context", match_name={"method": WEAK_PYOPENSSL_METHODS}),
        # urllib3 pools and requests adapters, ssl.get_server_certificate and wrap_socket by keyword.
        calls("*", match_name={"ssl_version": WEAK_PROTOCOLS}),
        calls("*", match_name={"ssl_version": WEAK_PROTOCOL_NAMES}),
        # urllib3 2.x bounds.
        calls("*", match_name={"ssl_minimum_version": WEAK_TLS_VERSIONS}),
        calls("*", match_name={"ssl_maximum_version": WEAK_TLS_VERSIONS}),
        # ctx.minimum_version = ssl.TLSVersion.TLSv1 (attribute assignments on SSL contexts).
        calls("*.__setattr__", match_position={0: "minimum_version", 1: WEAK_TLS_VERSIONS}),
        calls("*.__setattr__", match_position={0: "maximum_version", 1: WEAK_TLS_VERSIONS}),
    )
