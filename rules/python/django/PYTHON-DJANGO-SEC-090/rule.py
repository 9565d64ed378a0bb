from codepathfinder import calls, regex, And, Not, Or
from codepathfinder.python_decorators import python_rule

# "*" alone accepts every Host header; ".example.com" (a subdomain wildcard) does not.
ANY_HOST = r"^\*$"


@python_rule(
    id="PYTHON-DJANGO-SEC-090",
    name="Django ALLOWED_HOSTS Accepts Any Host",
    severity="MEDIUM",
    category="django",
    cwe="CWE-346",
    owasp="A05:2021",
    message="ALLOWED_HOSTS contains \"*\", so Django accepts any Host header and builds absolute URLs (password-reset links, redirects, cache keys) from what the client sent. List the site's host names instead.",
)
def detect_django_allowed_hosts_wildcard():
    """A "*" entry in ALLOWED_HOSTS in a Django settings module."""
    return And(
        Or(
            calls("*settings.__assign__", "*settings.*.__assign__", match_position={0: "ALLOWED_HOSTS", "1[0]": regex(ANY_HOST)}),
            calls("*settings.__assign__", "*settings.*.__assign__", match_position={0: "ALLOWED_HOSTS", "1[1]": regex(ANY_HOST)}),
            calls("*settings.__assign__", "*settings.*.__assign__", match_position={0: "ALLOWED_HOSTS", "1[2]": regex(ANY_HOST)}),
            calls("*settings.__assign__", "*settings.*.__assign__", match_position={0: "ALLOWED_HOSTS", "1[3]": regex(ANY_HOST)}),
        ),
        # Development and test settings, and Django's global_settings defaults, are not deployed configuration.
        Not(calls("*.global_settings.__assign__", "*dev*.__assign__", "*local*.__assign__", "*test*.__assign__")),
    )
