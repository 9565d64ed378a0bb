from codepathfinder import variable, And, Or, QueryType
from codepathfinder.python_decorators import python_rule


class JwtLibraries(QueryType):
    """PyJWT (module functions and PyJWT instances) and python-jose."""

    fqns = ["jwt", "jwt.api_jwt", "jwt.PyJWT", "jwt.api_jwt.PyJWT", "jose.jwt"]


@python_rule(
    id="PYTHON-JWT-SEC-004",
    name="JWT Exposed Credentials (Audit)",
    severity="MEDIUM",
    category="jwt",
    cwe="CWE-522",
    owasp="A02:2021",
    message="A password is put into a JWT. JWT claims are only base64-encoded and can be read by anyone who holds the token. Keep passwords and password hashes out of tokens; put only an identifier in them.",
)
def detect_jwt_exposed_credentials():
    """jwt.encode() whose arguments mention a password-like name (password, passwd, pwd, passphrase)."""
    return And(
        JwtLibraries.method("encode"),
        Or(
            variable("*password*"),
            variable("*Password*"),
            variable("*PASSWORD*"),
            variable("*passwd*"),
            variable("*PASSWD*"),
            variable("pwd"),
            variable("*_pwd"),
            variable("*passphrase*"),
        ),
    )
