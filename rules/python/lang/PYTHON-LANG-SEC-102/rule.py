from codepathfinder import calls, Or, And, Not, regex
from codepathfinder.python_decorators import python_rule

# Values that are not a literal password: a dotted name resolved through an import (settings.DB_PASSWORD,
# config.PASSWORD), or a placeholder such as "${DB_PASSWORD}", "{{ pw }}", "%(pw)s", "<password>", "****", "xxxx".
# Not a password: dotted names, template/env placeholders, masks, and placeholder words (a value that is the
# name of the field itself, as in a keyword-translation table dict(password="passwd"), or "test"/"dummy").
NOT_A_LITERAL = r"^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+|\$.*|\{\{.*|%\(.*|<[^>]*>|\*+|x{3,}|X{3,}|(?i:passw(?:or)?d|pwd|passphrase|test|dummy|example|placeholder))$"

# A URL with user:password@ or a libpq / ODBC connection string with password= / pwd=.
URL_OR_DSN_WITH_PASSWORD = r"^[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*:[^@/\s${<]+@|(?:^|[\s;])(?i:password|pwd)\s*=\s*'?[^\s'${<;]"

# Names of settings, options and environment variables that hold a password, and names that only describe one
# (PASSWORD_FILE, --password-min-length, PASSWORD_POLICY).
PASSWORD_NAME = r"(?i)passw(?:or)?d|(?:^|[_\-])pwd$|passphrase|(?:^|[_\-])pass$"
ABOUT_A_PASSWORD = r"(?i)(?:file|path|dir|length|len|policy|rounds|min|max|enabled|required|field|label|prompt)$"


@python_rule(
    id="PYTHON-LANG-SEC-102",
    name="Hardcoded Password in Default Argument",
    severity="HIGH",
    category="lang",
    cwe="CWE-259",
    owasp="A07:2021",
    message="A password is written in the source as a string literal (argument, default value or connection URL). Read it at run time from a secret store or an environment variable without a literal fallback, and rotate the exposed password.",
)
def detect_hardcoded_password():
    """Non-empty literal passwords in keyword arguments, login APIs, defaults of options/env lookups and URLs."""
    return Or(
        # connect(..., password="s3cret"), Redis(password=...), dict(password=...), ...
        And(
            Or(
                calls("*", match_name={"password": "?*"}),
                calls("*", match_name={"passwd": "?*"}),
                calls("*", match_name={"pwd": "?*"}),
                calls("*", match_name={"passphrase": "?*"}),
                calls("*", match_name={"db_password": "?*"}),
                calls("*", match_name={"admin_password": "?*"}),
                calls("*", match_name={"root_password": "?*"}),
                calls("*", match_name={"master_password": "?*"}),
                calls("*", match_name={"bind_password": "?*"}),
                calls("*", match_name={"login_password": "?*"}),
                calls("*", match_name={"smtp_password": "?*"}),
                calls("*", match_name={"proxy_password": "?*"}),
            ),
            Not(
                Or(
                    calls("*", match_name={"password": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"passwd": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"pwd": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"passphrase": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"db_password": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"admin_password": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"root_password": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"master_password": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"bind_password": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"login_password": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"smtp_password": regex(NOT_A_LITERAL)}),
                    calls("*", match_name={"proxy_password": regex(NOT_A_LITERAL)}),
                )
            ),
        ),
        # Password passed by position to well-known login and connection APIs.
        And(
            Or(
                # FTP.login(user, passwd), SMTP.login(user, password), IMAP4.login(user, password), LDAP bind
                calls("*.login", "*.simple_bind_s", "*.simple_bind", match_position={1: "?*"}),
                # POP3.pass_(password), user.set_password("..."), make_password("...")
                calls("*.pass_", "*.set_password", "*.make_password", match_position={0: "?*"}),
                calls(
                    "requests.auth.HTTPBasicAuth",
                    "requests.auth.HTTPDigestAuth",
                    "requests.auth.HTTPProxyAuth",
                    "requests.HTTPBasicAuth",
                    "aiohttp.BasicAuth",
                    "httpx.BasicAuth",
                    "httpx.DigestAuth",
                    match_position={1: "?*"},
                ),
                calls("ftplib.FTP", "ftplib.FTP_TLS", "pymysql.connect", "MySQLdb.connect", match_position={2: "?*"}),
                calls("paramiko.SSHClient.connect", "paramiko.client.SSHClient.connect", match_position={3: "?*"}),
            ),
            Not(
                Or(
                    calls("*.login", "*.simple_bind_s", "*.simple_bind", match_position={1: regex(NOT_A_LITERAL)}),
                    calls("*.pass_", "*.set_password", "*.make_password", match_position={0: regex(NOT_A_LITERAL)}),
                    calls(
                        "requests.auth.HTTPBasicAuth",
                        "requests.auth.HTTPDigestAuth",
                        "requests.auth.HTTPProxyAuth",
                        "requests.HTTPBasicAuth",
                        "aiohttp.BasicAuth",
                        "httpx.BasicAuth",
                        "httpx.DigestAuth",
                        match_position={1: regex(NOT_A_LITERAL)},
                    ),
                    calls(
                        "ftplib.FTP", "ftplib.FTP_TLS", "pymysql.connect", "MySQLdb.connect",
                        match_position={2: regex(NOT_A_LITERAL)},
                    ),
                    calls(
                        "paramiko.SSHClient.connect", "paramiko.client.SSHClient.connect",
                        match_position={3: regex(NOT_A_LITERAL)},
                    ),
                )
            ),
        ),
        # A literal default for a password option or environment variable:
        # os.getenv("DB_PASSWORD", "changeme"), parser.add_argument("--password", default="admin").
        And(
            Or(
                calls(
                    "os.getenv",
                    "os.environ.get",
                    "os.environ.setdefault",
                    match_position={0: regex(PASSWORD_NAME), 1: "?*"},
                ),
                calls("*.add_argument", "click.option", match_position={0: regex(PASSWORD_NAME)}, match_name={"default": "?*"}),
            ),
            Not(
                Or(
                    calls("os.getenv", "os.environ.get", "os.environ.setdefault", match_position={1: regex(NOT_A_LITERAL)}),
                    calls("*.add_argument", "click.option", match_name={"default": regex(NOT_A_LITERAL)}),
                    calls(
                        "os.getenv",
                        "os.environ.get",
                        "os.environ.setdefault",
                        "*.add_argument",
                        "click.option",
                        match_position={0: regex(ABOUT_A_PASSWORD)},
                    ),
                )
            ),
        ),
        # config["DB_PASSWORD"] = "s3cret", os.environ["SMTP_PASSWORD"] = "..." (messages with spaces are labels).
        And(
            calls("*.__setitem__", match_position={0: regex(PASSWORD_NAME), 1: "?*"}),
            Not(calls("*.__setitem__", match_position={1: regex(NOT_A_LITERAL)})),
            Not(calls("*.__setitem__", match_position={1: regex(r"\s")})),
            Not(calls("*.__setitem__", match_position={0: regex(ABOUT_A_PASSWORD)})),
        ),
        # Credentials embedded in a connection URL or DSN literal.
        calls(
            "*.connect",
            "*.create_engine",
            "*.create_async_engine",
            "*.from_url",
            "*.MongoClient",
            "*.AsyncIOMotorClient",
            "*.create_pool",
            match_position={0: regex(URL_OR_DSN_WITH_PASSWORD)},
        ),
        calls("*.connect", "*.create_pool", match_name={"dsn": regex(URL_OR_DSN_WITH_PASSWORD)}),
        calls("*.from_url", "*.create_engine", match_name={"url": regex(URL_OR_DSN_WITH_PASSWORD)}),
    )
