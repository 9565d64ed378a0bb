from codepathfinder import calls, And, Not, Or, QueryType, regex
from codepathfinder.python_decorators import python_rule

# Hosts that never leave the machine: localhost, 127.0.0.0/8 and ::1.
LOOPBACK_HOST = r"(?i)^(localhost|localhost\.localdomain|127(\.[0-9]{1,3}){3}|::1|\[::1\]|0:0:0:0:0:0:0:1)$"


class TelnetClient(QueryType):
    """telnetlib.Telnet and classes derived from it in the project."""

    fqns = ["telnetlib.Telnet"]


@python_rule(
    id="PYTHON-LANG-SEC-064",
    name="telnetlib Usage Detected",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-319",
    owasp="A02:2021",
    message="Telnet sends the login, password and the whole session in cleartext. Use SSH instead (paramiko, asyncssh, or netmiko with an SSH device type).",
)
def detect_telnet():
    """Telnet sessions: telnetlib.Telnet (and subclasses), telnetlib3 clients, netmiko *_telnet device types."""
    return And(
        Or(
            TelnetClient.method("__init__"),
            calls("telnetlib3.open_connection"),
            calls("netmiko.ConnectHandler", "netmiko.BaseConnection", match_name={"device_type": "*_telnet"}),
        ),
        Not(calls("*", match_position={0: regex(LOOPBACK_HOST)})),
        Not(calls("*", match_name={"host": regex(LOOPBACK_HOST)})),
    )
