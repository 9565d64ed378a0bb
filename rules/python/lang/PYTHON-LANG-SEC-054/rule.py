from codepathfinder import calls, And, Not, regex
from codepathfinder.python_decorators import python_rule

# Hosts that never leave the machine: localhost, 127.0.0.0/8 and ::1, optionally with a port.
LOOPBACK_HOST = r"(?i)^(localhost|localhost\.localdomain|127(\.[0-9]{1,3}){3}|::1|\[::1\]|0:0:0:0:0:0:0:1)(:[0-9]+)?$"


@python_rule(
    id="PYTHON-LANG-SEC-054",
    name="Insecure HTTP Connection",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-319",
    owasp="A02:2021",
    message="http.client.HTTPConnection sends requests and responses in cleartext. Use http.client.HTTPSConnection with a default SSL context (loopback hosts are not reported).",
)
def detect_http_connection():
    """http.client.HTTPConnection to a host that is not a loopback constant."""
    return And(
        calls("http.client.HTTPConnection"),
        Not(calls("http.client.HTTPConnection", match_position={0: regex(LOOPBACK_HOST)})),
        Not(calls("http.client.HTTPConnection", match_name={"host": regex(LOOPBACK_HOST)})),
    )
