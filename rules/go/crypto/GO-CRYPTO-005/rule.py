from codepathfinder import QueryType, attribute, flows, variable, PropagationPresets
from codepathfinder.go_decorators import go_rule
from codepathfinder.go_rule import GoGinContext, GoHTTPRequest, GoEchoContext, GoFiberCtx


class GoCryptoMD5(QueryType):
    fqns = ["crypto/md5"]
    match_subclasses = False


# Where a password is: a parameter or field named for it, or a form field read under such a key.
PASSWORDS = [
    variable("*password*"),
    variable("*Password*"),
    variable("passwd"),
    variable("pwd"),
    attribute("*.Password", "*.password", "*.Passwd", "*.PasswordHash"),
    GoHTTPRequest.method("FormValue", "PostFormValue").where(0, "*pass*"),
    GoGinContext.method("PostForm", "Query", "DefaultPostForm").where(0, "*pass*"),
    GoEchoContext.method("FormValue", "QueryParam").where(0, "*pass*"),
    GoFiberCtx.method("FormValue", "Query").where(0, "*pass*"),
]


@go_rule(
    id="GO-CRYPTO-005",
    name="MD5 Used for Password Hashing",
    severity="CRITICAL",
    category="cryptography",
    cwe="CWE-916",
    owasp="A02:2021",
    message="A password is hashed with MD5. MD5 is fast and unsalted here, so stolen hashes are cracked in bulk; hash passwords with bcrypt (golang.org/x/crypto/bcrypt) or argon2id.",
)
def detect_md5_password_hash():
    """A password (parameter, field or form value named for it) reaching md5.Sum."""
    return flows(
        from_sources=PASSWORDS,
        to_sinks=[
            GoCryptoMD5.method("Sum").tracks(0),
        ],
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
    )
