from codepathfinder import Or, QueryType
from codepathfinder.python_decorators import python_rule


class JwtLibraries(QueryType):
    """PyJWT (module functions and PyJWT instances) and python-jose."""

    fqns = ["jwt", "jwt.api_jwt", "jwt.PyJWT", "jwt.api_jwt.PyJWT", "jose.jwt", "jose.jws"]


UNVERIFIED = {"verify_signature": False}


@python_rule(
    id="PYTHON-JWT-SEC-003",
    name="Unverified JWT Decode",
    severity="HIGH",
    category="jwt",
    cwe="CWE-347",
    owasp="A07:2021",
    message="The JWT is decoded without verifying its signature, so its claims can be forged. Decode with the key and an explicit algorithms list, and never trust claims read with verify_signature=False.",
)
def detect_jwt_unverified_decode():
    """decode() with options={"verify_signature": False} or verify=False, and python-jose get_unverified_claims()."""
    return Or(
        JwtLibraries.method("decode", "decode_complete").where("options", UNVERIFIED),
        # PyJWT 2.x: decode(jwt, key, algorithms, options)
        JwtLibraries.method("decode", "decode_complete").where(3, UNVERIFIED),
        # PyJWT 1.x: decode(jwt, key, verify=False)
        JwtLibraries.method("decode", "decode_complete").where("verify", False),
        JwtLibraries.method("get_unverified_claims"),
    )
