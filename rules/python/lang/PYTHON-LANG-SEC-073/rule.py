from codepathfinder import QueryType
from codepathfinder.python_decorators import python_rule


class MultiprocessingConnection(QueryType):
    fqns = ["multiprocessing.connection.Connection", "multiprocessing.connection.PipeConnection"]


@python_rule(
    id="PYTHON-LANG-SEC-073",
    name="multiprocessing Connection.recv()",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Connection.recv() unpickles whatever the peer sends, which can run code. Use recv_bytes() with a safe format such as JSON, and authenticate the listener.",
)
def detect_multiprocessing_connection_recv():
    """recv() on a multiprocessing Connection (from Pipe, Client, Listener.accept or an annotation)."""
    return MultiprocessingConnection.method("recv")
