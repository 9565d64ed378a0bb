from codepathfinder import variable, And, Or, QueryType
from codepathfinder.python_decorators import python_rule


class JwtLibraries(QueryType):
    """PyJWT (module functions and PyJWT instances) and python-jose (jwt and the lower-level jws module)."""

    fqns = ["jwt", "jwt.api_jwt", "jwt.PyJWT", "jwt.api_jwt.PyJWT", "jose.jwt", "jose.jws"]


# "none" as a string, or python-jose's constant for it.
NONE_ALG = ["none", "jose.constants.ALGORITHMS.NONE"]


@python_rule(
    id="PYTHON-JWT-SEC-002",
    name="JWT None Algorithm",
    severity="CRITICAL",
    category="jwt",
    cwe="CWE-327",
    owasp="A02:2021",
    message="The JWT 'none' algorithm is used or accepted, so tokens carry no signature and anyone can forge them. Sign with HS256/RS256/ES256 and pass decode() an explicit list of those algorithms only.",
)
def detect_jwt_none_algorithm():
    """Tokens created with algorithm="none", and decode() calls that accept "none"."""
    return Or(
        JwtLibraries.method("encode", "sign").where("algorithm", NONE_ALG),
        JwtLibraries.method("encode").where(2, NONE_ALG),
        # jose.jws.sign(payload, key, headers=None, algorithm="HS256")
        JwtLibraries.method("sign").where(3, NONE_ALG),
        JwtLibraries.method("decode", "decode_complete", "verify").where("algorithms", NONE_ALG),
        JwtLibraries.method("decode", "decode_complete", "verify").where(2, NONE_ALG),
        JwtLibraries.method("decode", "decode_complete", "verify").where("2[0]", NONE_ALG),
        JwtLibraries.method("decode", "decode_complete", "verify").where("2[1]", NONE_ALG),
        JwtLibraries.method("decode", "decode_complete", "verify").where("2[2]", NONE_ALG),
        # PyJWT's default algorithm table includes "none".
        And(JwtLibraries.method("decode", "decode_complete"), variable("get_default_algorithms")),
    )
