from codepathfinder import QueryType
from codepathfinder.go_decorators import go_rule


class GoCryptoMD5(QueryType):
    fqns = ["crypto/md5"]
    match_subclasses = False


@go_rule(
    id="GO-CRYPTO-001",
    name="Use of MD5 Weak Hash Algorithm",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-328",
    owasp="A02:2021",
    message="MD5 is broken for security use: collisions are cheap and it is far too fast for passwords. Use SHA-256 (crypto/sha256) for integrity, HMAC-SHA256 for authentication and bcrypt or argon2 for passwords.",
)
def detect_go_md5():
    """A hash from Go's crypto/md5 package: md5.New() and md5.Sum(), under any import name."""
    return GoCryptoMD5.method("New", "Sum")
