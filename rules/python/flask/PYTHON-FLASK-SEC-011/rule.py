from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


class Socket(QueryType):
    fqns = ["socket.socket", "ssl.SSLSocket"]


@python_rule(
    id="PYTHON-FLASK-SEC-011",
    name="Flask Tainted URL Host",
    severity="HIGH",
    category="flask",
    cwe="CWE-918",
    owasp="A10:2021",
    message="Flask request data chooses the host the server connects to (HTTP, FTP, SMTP, IMAP/POP, Telnet, SSH or a raw socket), so a client can reach internal services or scan the network (server-side request forgery). Map the request to a host from an allow-list kept on the server.",
)
def detect_flask_tainted_host():
    """Request data flowing into the host of a client connection opened by host name."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            calls(
                "http.client.HTTPConnection",
                "http.client.HTTPSConnection",
                "ftplib.FTP",
                "ftplib.FTP_TLS",
                "smtplib.SMTP",
                "smtplib.SMTP_SSL",
                "smtplib.LMTP",
                "imaplib.IMAP4",
                "imaplib.IMAP4_SSL",
                "poplib.POP3",
                "poplib.POP3_SSL",
                "telnetlib.Telnet",
                "nntplib.NNTP",
                "urllib3.HTTPConnectionPool",
                "urllib3.HTTPSConnectionPool",
                "urllib3.connectionpool.HTTPConnectionPool",
                "urllib3.connectionpool.HTTPSConnectionPool",
            ).tracks(0, "host"),
            calls("urllib3.connection_from_url", "urllib3.connectionpool.connection_from_url").tracks(0, "url"),
            calls("ftplib.FTP.connect", "smtplib.SMTP.connect", "telnetlib.Telnet.open").tracks(0, "host"),
            calls("paramiko.SSHClient.connect", "paramiko.client.SSHClient.connect").tracks(0, "hostname"),
            # Raw sockets: the (host, port) address.
            calls("socket.create_connection").tracks(0, "address"),
            Socket.method("connect", "connect_ex").tracks(0),
        ],
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["url_host", "allow_list", "regex"],
    )
