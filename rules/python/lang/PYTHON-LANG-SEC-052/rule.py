from codepathfinder import calls, And, Not
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-052",
    name="Deprecated ssl.wrap_socket()",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-295",
    owasp="A07:2021",
    message="ssl.wrap_socket() never checks the server's host name and by default accepts any certificate; it was removed in Python 3.12. Use ssl.create_default_context().wrap_socket(sock, server_hostname=host).",
)
def detect_ssl_wrap_socket():
    """Client-side ssl.wrap_socket() calls (server_side=True is not reported)."""
    return And(
        calls("ssl.wrap_socket"),
        Not(calls("ssl.wrap_socket", match_name={"server_side": True})),
    )
