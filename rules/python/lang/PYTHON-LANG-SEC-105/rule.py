from codepathfinder import And, Not, Or, QueryType, variable
from codepathfinder.python_decorators import python_rule


class Logger(QueryType):
    # The logging module's functions, Logger/LoggerAdapter instances (getLogger(), self.logger = ...), and
    # receivers conventionally named as loggers (log, logger, LOGGER, self.log, app.logger, audit_log, loguru's
    # logger) when their type is unknown.
    fqns = ["logging", "logging.Logger", "logging.LoggerAdapter", "logging.RootLogger"]
    patterns = [
        "log",
        "logger",
        "_log",
        "_logger",
        "LOG",
        "LOGGER",
        "*_log",
        "*_logger",
        "*_LOG",
        "*_LOGGER",
        "*.log",
        "*.logger",
        "*.LOG",
        "*.LOGGER",
        "*Logger",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-105",
    name="Logger Credential Leak Risk",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-532",
    owasp="A09:2021",
    message="A log call includes a value whose name marks it as a credential (password, secret, token, API key, private key). Log an identifier or a masked form instead, never the secret itself.",
)
def detect_logged_credentials():
    """Logging calls with an argument that is, or mentions, a credential-like name."""
    return And(
        Logger.method("debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"),
        Or(
            # passwords: password, db_password, user.password, new_password, PASSWORD, passwd, passphrase
            variable("*password*"),
            variable("*Password*"),
            variable("*PASSWORD*"),
            variable("*passwd*"),
            variable("*PASSWD*"),
            variable("*passphrase*"),
            # secrets: secret, client_secret, secret_key, SECRET_KEY, clientSecret, SecretString
            variable("secret"),
            variable("*_secret"),
            variable("*secret_key*"),
            variable("*secret_value*"),
            variable("*SECRET*"),
            variable("*Secret"),
            variable("*SecretString*"),
            # bearer, session and API tokens (not "tokens" in general: tokenizers, pagination, semaphores)
            variable("token"),
            variable("TOKEN"),
            variable("*_TOKEN"),
            variable("id_token"),
            variable("*access_token*"),
            variable("*refresh_token*"),
            variable("*auth_token*"),
            variable("*api_token*"),
            variable("*bearer*"),
            variable("*session_token*"),
            variable("*csrf_token*"),
            variable("*reset_token*"),
            variable("*jwt_token*"),
            variable("*bot_token*"),
            variable("*accessToken*"),
            variable("*refreshToken*"),
            variable("*authToken*"),
            # API keys and private keys
            variable("*api_key*"),
            variable("*apikey*"),
            variable("*apiKey*"),
            variable("*API_KEY*"),
            variable("*APIKEY*"),
            variable("*private_key*"),
            variable("*PRIVATE_KEY*"),
            variable("*privkey*"),
            # credential objects
            variable("credentials"),
            variable("credential"),
            variable("*_credentials"),
            variable("creds"),
            variable("*_creds"),
        ),
        # Values that are measured or masked rather than printed.
        Not(
            Or(
                variable("len"),
                variable("*mask*"),
                variable("*redact*"),
                variable("*obfuscat*"),
                variable("*sanitiz*"),
            )
        ),
    )
