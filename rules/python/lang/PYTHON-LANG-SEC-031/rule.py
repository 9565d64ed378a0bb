from codepathfinder import calls, And, Not
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-031",
    name="Insecure SHA1 Hash Usage",
    severity="LOW",
    category="lang",
    cwe="CWE-327",
    owasp="A02:2021",
    message="SHA-1 is collision-broken and must not protect integrity or authenticity. Use SHA-256 or stronger (hashlib.sha256, hashlib.blake2b); if the digest is not security-relevant, pass usedforsecurity=False.",
)
def detect_sha1_hash():
    """hashlib.sha1() unless the call declares the digest non-security (usedforsecurity=False)."""
    return And(
        calls("hashlib.sha1"),
        Not(calls("hashlib.sha1", match_name={"usedforsecurity": False})),
    )
