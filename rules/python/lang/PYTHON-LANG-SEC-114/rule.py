from codepathfinder import calls, regex, And, Not, Or
from codepathfinder.python_decorators import python_rule

# Names that hold a credential: whole words of snake_case names (any case) or the capitalised part of
# camelCase names. `key` alone is not a secret (dict keys, cache keys); `api_key`, `secret_key` are.
SECRET_NAME = (
    r"(?i:(^|_)(password|passwd|pwd|passphrase|secret|client_?secret|api_?key|access_?token|auth_?token"
    r"|refresh_?token|bearer_?token|token|private_?key|signing_?key|encryption_?key|access_?key)($|_))"
    r"|[a-z0-9](Password|Passwd|Secret|Token|ApiKey|PrivateKey)($|[A-Z_])"
)

# Names that describe a secret rather than hold one (TOKEN_URL, PASSWORD_FIELD, SECRET_KEY_FILE, token_type).
ABOUT_A_SECRET = (
    r"(?i)(^|_)(file|path|dir|length|len|policy|rounds|min|max|field|fields|label|prompt|type|name|names|header"
    r"|param|url|uri|endpoint|prefix|suffix|pattern|regex|re|format|fmt|template|msg|message|error|text|hint"
    r"|help|title|env|var|attr|column|kind|mode|scheme|chars|alphabet|size|expiry|expires|ttl|timeout"
    r"|lifetime|age|hash|hashed|algorithm|alg|id|location|version|count|bits|backend|class|hasher|hashers"
    r"|validators|cookie|salt)$"
)

# Values that are not a literal credential: dotted names (imported settings), placeholders and masks
# ("${X}", "<secret>", ":****"), labels and messages (whitespace), paths and URLs, environment variable names
# (ALL_CAPS), key and token-kind names (lowercase words, snake_case, a leading underscore: "relationship",
# "_password_reset_token"), values of three characters or fewer, and values without a letter or digit.
NOT_A_SECRET_VALUE = (
    r"^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+|\$.*|\{\{.*|\{[A-Za-z_]*\}|%\(.*|<[^>]*>"
    r"|.*\*{3,}.*|x{3,}|X{3,}|[A-Z][A-Z0-9_]*|[a-z]+(?:[_\-][a-z]+)*|_+[A-Za-z0-9_\-]*|.{1,3}|[^A-Za-z0-9]*"
    r"|.*\s.*|/.*|[a-z][a-z0-9+.\-]*://.*"
    r"|(?i:password|passwd|pwd|secret|token|api_?key|apikey|x-api-key|authorization|bearer|basic|csrftoken"
    r"|sessionid|change[_\-]?me|replace[_\-]?me|todo|fixme|placeholder|dummy|redacted|none|null|your[_\-].*))$"
)


@python_rule(
    id="PYTHON-LANG-SEC-114",
    name="Hardcoded Secret Assigned to a Variable",
    severity="HIGH",
    category="lang",
    cwe="CWE-798",
    owasp="A07:2021",
    message="A password, API key, token or secret key is assigned as a string literal, so everyone who can read the code (and its history) has it. Read it at run time from the environment or a secret store, and rotate the exposed value.",
)
def detect_hardcoded_secret_assignment():
    """A non-empty literal bound to a name or attribute named like a credential."""
    return Or(
        # DB_PASSWORD = "...", SECRET_KEY = "..." (settings modules and config classes), apiKey = "..."
        And(
            calls("__assign__", match_position={0: regex(SECRET_NAME), 1: "?*"}),
            Not(calls("__assign__", match_position={0: regex(ABOUT_A_SECRET)})),
            Not(calls("__assign__", match_position={1: regex(NOT_A_SECRET_VALUE)})),
        ),
        # self.password = "...", client.api_key = "..." (Flask's app.secret_key is PYTHON-FLASK-SEC-019)
        And(
            calls("*.__setattr__", match_position={0: regex(SECRET_NAME), 1: "?*"}),
            Not(calls("*.__setattr__", match_position={0: regex(ABOUT_A_SECRET)})),
            Not(calls("*.__setattr__", match_position={0: "secret_key"})),
            Not(calls("*.__setattr__", match_position={1: regex(NOT_A_SECRET_VALUE)})),
        ),
    )
