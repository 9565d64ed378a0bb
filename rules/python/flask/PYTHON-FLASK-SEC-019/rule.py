from codepathfinder import calls, regex, And, Not, Or
from codepathfinder.python_decorators import python_rule

# Not a literal secret: a dotted name resolved through an import (config.SECRET_KEY), or a placeholder such as
# "${SECRET_KEY}", "{{ key }}", "%(key)s", "<secret-key>", "****", "xxxx", "changeme", "your-secret-key".
NOT_A_LITERAL = (
    r"^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+|\$.*|\{\{.*|%\(.*|<[^>]*>|\*+|x{3,}|X{3,}"
    r"|(?i:change[_\-]?me|replace[_\-]?me|todo|fixme|your[_\-].*|placeholder))$"
)

# Configuration keys that hold the key Flask, its extensions or the application's own JWT code sign or encrypt
# with: SECRET_KEY, JWT_SECRET_KEY, WTF_CSRF_SECRET_KEY, JWT_SECRET, TOKEN_SIGNING_KEY, SECURITY_TOTP_SECRETS, ...
SIGNING_KEYS = r"^(?:[A-Z0-9_]*_)?(?:SECRET_KEY|SECRET|SIGNING_KEY|SECRETS)$|^REMEMBER_COOKIE_SECRET$"


@python_rule(
    id="PYTHON-FLASK-SEC-019",
    name="Flask Hardcoded Secret Key",
    severity="HIGH",
    category="flask",
    cwe="CWE-798",
    owasp="A07:2021",
    message="The Flask secret key is a string literal in the source, so anyone with the code can forge session cookies, CSRF tokens and signed tokens. Read it at run time (os.environ[\"SECRET_KEY\"], a secret store) and rotate the exposed key.",
)
def detect_flask_hardcoded_secret_key():
    """A non-empty literal assigned to app.secret_key or to a signing key in app.config."""
    return Or(
        # app.secret_key = "..."
        And(
            calls("*.__setattr__", match_position={0: "secret_key", 1: "?*"}),
            Not(calls("*.__setattr__", match_position={1: regex(NOT_A_LITERAL)})),
        ),
        # app.config["SECRET_KEY"] = "..."
        And(
            calls("*.config.__setitem__", match_position={0: regex(SIGNING_KEYS), 1: "?*"}),
            Not(calls("*.config.__setitem__", match_position={1: regex(NOT_A_LITERAL)})),
        ),
        # app.config.update(SECRET_KEY="..."), app.config.from_mapping(SECRET_KEY="..."), Flask(...).config.update(...)
        And(
            calls("*.config.update", "*.config.from_mapping", match_name={"SECRET_KEY": "?*"}),
            Not(calls("*.config.update", "*.config.from_mapping", match_name={"SECRET_KEY": regex(NOT_A_LITERAL)})),
        ),
        And(
            calls("*.config.update", "*.config.from_mapping", match_name={"JWT_SECRET_KEY": "?*"}),
            Not(calls("*.config.update", "*.config.from_mapping", match_name={"JWT_SECRET_KEY": regex(NOT_A_LITERAL)})),
        ),
        And(
            calls("*.config.update", "*.config.from_mapping", match_name={"JWT_SECRET": "?*"}),
            Not(calls("*.config.update", "*.config.from_mapping", match_name={"JWT_SECRET": regex(NOT_A_LITERAL)})),
        ),
        # app.config.update({"SECRET_KEY": "..."})
        calls("*.config.update", "*.config.from_mapping", match_position={0: {"SECRET_KEY": "?*"}}),
        calls("*.config.update", "*.config.from_mapping", match_position={0: {"JWT_SECRET_KEY": "?*"}}),
    )
