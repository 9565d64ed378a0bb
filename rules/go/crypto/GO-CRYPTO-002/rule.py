from codepathfinder import QueryType
from codepathfinder.go_decorators import go_rule


class GoCryptoSHA1(QueryType):
    fqns = ["crypto/sha1"]
    match_subclasses = False


@go_rule(
    id="GO-CRYPTO-002",
    name="Use of SHA1 Weak Hash Algorithm",
    severity="HIGH",
    category="cryptography",
    cwe="CWE-328",
    owasp="A02:2021",
    message="SHA-1 is broken: practical collisions exist (SHAttered, Shambles). Use SHA-256 (crypto/sha256) or SHA-3 for integrity and a password hash such as bcrypt for passwords.",
)
def detect_go_sha1():
    """A hash from Go's crypto/sha1 package: sha1.New() and sha1.Sum(), under any import name."""
    return GoCryptoSHA1.method("New", "Sum")
