from codepathfinder import calls, And, Not, QueryType, regex
from codepathfinder.python_decorators import python_rule

# Hosts that never leave the machine: localhost, 127.0.0.0/8 and ::1.
LOOPBACK_HOST = r"(?i)^(localhost|localhost\.localdomain|127(\.[0-9]{1,3}){3}|::1|\[::1\]|0:0:0:0:0:0:0:1)$"


class PlainFTP(QueryType):
    """ftplib.FTP and classes derived from it in the project (ftplib.FTP_TLS is not derived from it here)."""

    fqns = ["ftplib.FTP"]


@python_rule(
    id="PYTHON-LANG-SEC-063",
    name="FTP Without TLS",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-319",
    owasp="A02:2021",
    message="ftplib.FTP sends the password, commands and files in cleartext. Use SFTP (paramiko) or ftplib.FTP_TLS and call prot_p() to encrypt the data channel.",
)
def detect_plain_ftp():
    """ftplib.FTP sessions (and project subclasses) unless the host is a loopback constant."""
    return And(
        PlainFTP.method("__init__"),
        Not(calls("*", match_position={0: regex(LOOPBACK_HOST)})),
        Not(calls("*", match_name={"host": regex(LOOPBACK_HOST)})),
    )
