from codepathfinder import QueryType
from codepathfinder.python_decorators import python_rule


class UuidModule(QueryType):
    fqns = ["uuid"]


@python_rule(
    id="PYTHON-LANG-SEC-100",
    name="Insecure UUID Version (uuid1)",
    severity="LOW",
    category="lang",
    cwe="CWE-200",
    owasp="A01:2021",
    message="uuid1()/uuid6() embed the host's MAC address and a timestamp, so the value leaks host details and is predictable. Use uuid.uuid4() for identifiers and secrets.token_urlsafe() for tokens.",
)
def detect_time_based_uuid():
    """Time-and-node based UUIDs: uuid.uuid1() and uuid.uuid6()."""
    return UuidModule.method("uuid1", "uuid6")
