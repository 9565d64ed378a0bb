from codepathfinder import calls, Or, And, missing
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-104",
    name="logging.config.listen() Eval Risk",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-95",
    owasp="A08:2021",
    message="logging.config.listen() without a verify function applies any configuration sent to its port, and configuration can import and call arbitrary code. Pass verify= that checks a signature or MAC, or load logging configuration from a local file instead.",
)
def detect_logging_config_listen_without_verify():
    """logging.config.listen() whose verify argument is absent or None."""
    return Or(
        And(
            calls("logging.config.listen"),
            calls("logging.config.listen", match_name={"verify": missing()}),
            calls("logging.config.listen", match_position={1: missing()}),
        ),
        calls("logging.config.listen", match_name={"verify": None}),
        calls("logging.config.listen", match_position={1: None}),
    )
