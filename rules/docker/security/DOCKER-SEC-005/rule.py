from codepathfinder.container_decorators import dockerfile_rule
from codepathfinder.container_matchers import instruction


@dockerfile_rule(
    id="DOCKER-SEC-005",
    name="Secret in Build Argument",
    severity="CRITICAL",
    category="security",
    cwe="CWE-522",
    message="A build argument is named like a secret. Build-argument values are recorded in the image history and metadata, where anyone who can pull the image can read them. Pass secrets with RUN --mount=type=secret instead.",
)
def detect_secret_build_argument():
    """ARG whose name says it carries a secret (password, token, API key, private key, client secret, credentials)."""
    return instruction(
        type="ARG",
        arg_name_regex=(
            r"(?i)(?:^|[_.-])(?:password|passwd|pass|secret|token|credentials?|apikey|api_key|auth_token"
            r"|(?:private|secret|access|ssh|signing|encryption|master|license|client|deploy)_?key)$"
            r"|_pwd$|^secret_key_base$"
        ),
    )
