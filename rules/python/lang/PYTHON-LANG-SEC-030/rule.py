from codepathfinder import calls, And, Not
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-030",
    name="Insecure MD5 Hash Usage",
    severity="LOW",
    category="lang",
    cwe="CWE-327",
    owasp="A02:2021",
    message="MD5 is broken, collisions can be computed in seconds. Use SHA-256 or stronger (hashlib.sha256, hashlib.blake2b); if the digest is not security-relevant, pass usedforsecurity=False.",
)
def detect_md5_hash():
    """hashlib.md5() unless the call declares the digest non-security (usedforsecurity=False)."""
    return And(
        calls("hashlib.md5"),
        Not(calls("hashlib.md5", match_name={"usedforsecurity": False})),
    )
