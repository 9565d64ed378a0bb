from codepathfinder import Or, QueryType
from codepathfinder.go_decorators import go_rule


class GoJWTLib(QueryType):
    """The token parser of golang-jwt (v3 to v5) and of the dgrijalva/form3tech forks it replaced."""

    fqns = [
        "github.com/golang-jwt/jwt/v5.Parser",
        "github.com/golang-jwt/jwt/v4.Parser",
        "github.com/golang-jwt/jwt.Parser",
        "github.com/dgrijalva/jwt-go.Parser",
        "github.com/dgrijalva/jwt-go/v4.Parser",
        "github.com/form3tech-oss/jwt-go.Parser",
    ]
    match_subclasses = False


class GoJWXToken(QueryType):
    """lestrrat-go/jwx's jwt package, whose ParseInsecure skips verification by name."""

    fqns = [
        "github.com/lestrrat-go/jwx/v2/jwt",
        "github.com/lestrrat-go/jwx/v3/jwt",
    ]
    match_subclasses = False


@go_rule(
    id="GO-JWT-002",
    name="JWT Parsed Without Signature Verification",
    severity="HIGH",
    category="jwt",
    cwe="CWE-347",
    owasp="A02:2021",
    message="The token is decoded without checking its signature, so anyone can forge its claims. Parse it with jwt.Parse / ParseWithClaims and a key function that checks the signing method (or jwx's jwt.Parse with jwt.WithKey), and use the unverified form only to read a key id before verifying.",
)
def detect_go_jwt_unverified():
    """(*jwt.Parser).ParseUnverified of golang-jwt and its forks, and jwx's jwt.ParseInsecure."""
    return Or(
        GoJWTLib.method("ParseUnverified"),
        GoJWXToken.method("ParseInsecure"),
    )
