from codepathfinder import calls, Or
from codepathfinder.python_decorators import python_rule

# ssl.CERT_NONE as a symbol, and the spellings urllib3 also accepts for cert_reqs.
CERT_NONE = ["ssl.CERT_NONE", "CERT_NONE", "NONE"]


@python_rule(
    id="PYTHON-LANG-SEC-050",
    name="Unverified SSL Context",
    severity="HIGH",
    category="lang",
    cwe="CWE-295",
    owasp="A07:2021",
    message="This TLS context does not verify certificates or host names, so any man-in-the-middle is accepted. Use ssl.create_default_context() (with cafile= for a private CA).",
)
def detect_unverified_ssl_context():
    """Contexts created without certificate verification: ssl._create_unverified_context and equivalents."""
    return Or(
        # _create_stdlib_context is the same function under another private name.
        calls("ssl._create_unverified_context", "ssl._create_stdlib_context"),
        calls(
            "urllib3.util.ssl_.create_urllib3_context",
            "urllib3.util.create_urllib3_context",
            "requests.packages.urllib3.util.ssl_.create_urllib3_context",
            match_name={"cert_reqs": CERT_NONE},
        ),
    )
