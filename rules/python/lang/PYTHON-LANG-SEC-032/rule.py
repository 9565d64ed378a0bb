from codepathfinder import calls, And, Not, regex
from codepathfinder.python_decorators import python_rule

# Algorithm names hashlib.new() accepts (case-insensitively, through OpenSSL) whose collision resistance is
# broken: MD2, MD4, MD5, the TLS 1.0 MD5+SHA1 concatenation, SHA-0 ("sha") and SHA-1.
WEAK_ALGORITHMS = r"(?i)^(md2|md4|md5|md5[-_]sha1|sha|sha-?1)$"


@python_rule(
    id="PYTHON-LANG-SEC-032",
    name="Insecure Hash via hashlib.new()",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-327",
    owasp="A02:2021",
    message="hashlib.new() selects a broken hash algorithm (MD5, MD4, MD2 or SHA-1). Use sha256, sha3_256 or blake2b; if the digest is not security-relevant, pass usedforsecurity=False.",
)
def detect_weak_hashlib_new():
    """hashlib.new(name) with a constant weak algorithm name, unless usedforsecurity=False."""
    return And(
        calls("hashlib.new", match_name={"name": regex(WEAK_ALGORITHMS)}),
        Not(calls("hashlib.new", match_name={"usedforsecurity": False})),
    )
