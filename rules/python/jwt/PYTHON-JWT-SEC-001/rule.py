from codepathfinder import regex, And, Not, Or, QueryType
from codepathfinder.python_decorators import python_rule


class JwtLibraries(QueryType):
    """PyJWT (module functions and PyJWT instances) and python-jose: encode(payload, key, ...), decode(token, key, ...)."""

    fqns = ["jwt", "jwt.api_jwt", "jwt.PyJWT", "jwt.api_jwt.PyJWT", "jose.jwt"]


# A constant that is really an imported name (settings.SECRET_KEY, config.JWT_SECRET) has the shape of a dotted
# Python path; such values come from configuration, not from a literal in the code.
IMPORTED_NAME = regex(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$")


@python_rule(
    id="PYTHON-JWT-SEC-001",
    name="JWT Hardcoded Secret",
    severity="HIGH",
    category="jwt",
    cwe="CWE-798",
    owasp="A07:2021",
    message="The JWT signing key is a string literal in the source code, so anyone with the code can forge tokens. Load the key from a secret store or an environment variable and rotate the exposed one.",
)
def detect_jwt_hardcoded_secret():
    """encode()/decode() (PyJWT, python-jose) whose key is a string constant; an empty key counts when signing."""
    return And(
        Or(
            JwtLibraries.method("encode").where(1, "*"),
            JwtLibraries.method("encode").where("key", "*"),
            JwtLibraries.method("decode", "decode_complete").where(1, "?*"),
            JwtLibraries.method("decode", "decode_complete").where("key", "?*"),
        ),
        Not(JwtLibraries.method("encode", "decode", "decode_complete").where(1, IMPORTED_NAME)),
        Not(JwtLibraries.method("encode", "decode", "decode_complete").where("key", IMPORTED_NAME)),
    )
