from codepathfinder import calls, not_constant, regex, And, Not, Or
from codepathfinder.go_decorators import go_rule

# Names that hold a credential. Go spells them in camelCase with initialisms (dbPassword, DBPassword,
# APIKey, clientSecret, GitHubToken) or as ALL_CAPS constants (DB_PASSWORD). `key` alone is not a secret
# (map keys, cache keys); apiKey, secretKey and privateKey are.
SECRET_NAME = (
    r"(?i:(^|_)(password|passwd|pwd|passphrase|secret|client_?secret|api_?key|access_?token|auth_?token"
    r"|refresh_?token|bearer_?token|token|private_?key|signing_?key|secret_?key|access_?key|credentials?))"
    r"($|_|[A-Z0-9])"
    r"|(Password|Passwd|Passphrase|Secret|Token|APIKey|ApiKey|PrivateKey|SigningKey|SecretKey|AccessKey"
    r"|Credentials?)($|[A-Z_0-9])"
)

# Names that describe a credential instead of holding one: passwordFile, TokenURL, SECRET_PATH,
# tokenType, PasswordMinLength, apiKeyHeader, secretName (a Kubernetes secret's name), passwordHash.
ABOUT_A_SECRET = (
    r"(?i:(^|_)(file|path|dir|len|length|policy|min|max|field|label|prompt|type|name|header|param|url|uri"
    r"|endpoint|prefix|suffix|pattern|regex|re|format|template|msg|message|err|error|text|hint|help|title"
    r"|env|envvar|var|column|kind|mode|scheme|size|expiry|expires|ttl|timeout|age|hash|hashed|algorithm|alg"
    r"|id|location|version|count|bits|cookie|salt|source|ref|query|flag|option|opt|method|store|provider"
    r"|duration|lifetime|validator|rule|rules))$"
    r"|[a-z0-9](File|Path|Dir|Len|Length|Policy|Min|Max|Field|Label|Prompt|Type|Name|Header|Param|URL|URI"
    r"|Endpoint|Prefix|Suffix|Pattern|Regex|Format|Template|Msg|Message|Err|Error|Text|Hint|Help|Title|Env"
    r"|EnvVar|Var|Column|Kind|Mode|Scheme|Size|Expiry|Expires|TTL|Timeout|Age|Hash|Hashed|Algorithm|Alg|ID"
    r"|Location|Version|Count|Bits|Cookie|Salt|Source|Ref|Query|Flag|Option|Opt|Method|Store|Provider"
    r"|Duration|Lifetime|Validator|Rule|Rules)$"
)

# Values that are not a literal credential: placeholders and masks ("${X}", "<token>", "****", "xxx",
# "changeme", "your-api-key"), environment variable and field names (DB_PASSWORD, "password",
# "db.password", "accessToken", "X-Api-Key"), format strings ("%s"), messages (whitespace), paths and
# URLs, values of three characters or fewer and values without a letter or digit.
NOT_A_SECRET_VALUE = (
    r"^(?:\$.*|.*\$\{.*|\{\{.*|<[^>]*>|.*\*{3,}.*|[xX]{3,}|[A-Z][A-Z0-9_]*|[a-z]+(?:[_\-.:][a-z]+)*"
    r"|[a-z]+(?:[A-Z][a-z]+)+|[A-Za-z]+(?:-[A-Za-z]+)+|_+[A-Za-z0-9_\-]*|.{1,3}|[^A-Za-z0-9]*"
    r"|.*\s.*|.*%[-+# 0-9.]*[sdvqxXtT].*|/.*|\./.*|[a-z][a-z0-9+.\-]*://.*"
    r"|(?i:change[_\-]?me|replace[_\-]?me|todo|fixme|tbd|placeholder|dummy|example|sample|redacted|secret"
    r"|password|passwd|token|none|null|nil|empty|default|test|testing|your[_\-].*|my[_\-].*|insert[_\-].*"
    r"|enter[_\-].*))$"
)


@go_rule(
    id="GO-SEC-004",
    name="Hardcoded Credentials in Source Code",
    severity="HIGH",
    category="secrets",
    cwe="CWE-798",
    owasp="A07:2021",
    message="A password, API key, token or secret is written into the source as a string literal, so everyone who can read the code or its history has it. Read it at run time (os.Getenv, a secret manager, a mounted file) and rotate the exposed value.",
)
def detect_go_hardcoded_credentials():
    """A non-empty, non-placeholder string literal bound to a name, field or map key named like a
    credential: `:=`, `=`, `var`, `const`, `x.Password = ...`, struct literal fields and map literals."""
    return Or(
        # password := "...", const apiKey = "...", var DBPassword = "..."
        And(
            calls("__assign__", match_position={0: regex(SECRET_NAME), 1: "?*"}),
            Not(calls("__assign__", match_position={0: regex(ABOUT_A_SECRET)})),
            Not(calls("__assign__", match_position={1: regex(NOT_A_SECRET_VALUE)})),
            # A constant of another package (config.DefaultPassword) is reported where it is defined.
            Not(calls("__assign__", match_position={1: not_constant()})),
        ),
        # cfg.Password = "...", Config{Password: "..."}, []Config{{Password: "..."}}
        And(
            calls("*.__setattr__", "__setattr__", match_position={0: regex(SECRET_NAME), 1: "?*"}),
            Not(calls("*.__setattr__", "__setattr__", match_position={0: regex(ABOUT_A_SECRET)})),
            Not(calls("*.__setattr__", "__setattr__", match_position={1: regex(NOT_A_SECRET_VALUE)})),
            # A constant of another package (config.DefaultPassword) is reported where it is defined.
            Not(calls("*.__setattr__", "__setattr__", match_position={1: not_constant()})),
        ),
        # creds["password"] = "...", map[string]string{"api_key": "..."}
        And(
            calls("*.__setitem__", "__setitem__", match_position={0: regex(SECRET_NAME), 1: "?*"}),
            Not(calls("*.__setitem__", "__setitem__", match_position={0: regex(ABOUT_A_SECRET)})),
            Not(calls("*.__setitem__", "__setitem__", match_position={1: regex(NOT_A_SECRET_VALUE)})),
            # A constant of another package (config.DefaultPassword) is reported where it is defined.
            Not(calls("*.__setitem__", "__setitem__", match_position={1: not_constant()})),
        ),
    )
