from codepathfinder import QueryType
from codepathfinder.go_decorators import go_rule


class GoHTTPServer(QueryType):
    fqns = ["net/http", "net/http.Server"]
    match_subclasses = False


@go_rule(
    id="GO-NET-001",
    name="HTTP Server Without TLS",
    severity="HIGH",
    category="network",
    cwe="CWE-319",
    owasp="A02:2021",
    message="This HTTP server listens without TLS, so requests, cookies and credentials cross the network in cleartext. Serve HTTPS with ListenAndServeTLS (or a TLS-terminating proxy in front, and then suppress this line).",
)
def detect_go_plain_http_server():
    """An HTTP server started without TLS: http.ListenAndServe and (*http.Server).ListenAndServe."""
    return GoHTTPServer.method("ListenAndServe")
