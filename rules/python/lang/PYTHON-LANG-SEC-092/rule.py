from codepathfinder import calls, Or, And, Not, dynamic, regex
from codepathfinder.python_decorators import python_rule

# Loopback host in an address tuple, and loopback http:// URLs.
LOOPBACK_HOST = r"^(?:localhost|127(?:\.[0-9]{1,3}){3}|::1)$"
LOOPBACK_URL = r"^http://(?:[^/@]*@)?(?:localhost|127(?:\.[0-9]{1,3}){3}|\[::1\])(?::[0-9]+)?(?:/|$)"


@python_rule(
    id="PYTHON-LANG-SEC-092",
    name="Insecure xmlrpc Usage",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-776",
    owasp="A05:2021",
    message="xmlrpc parses XML from a peer that may be untrusted (a network-facing server, a run-time or plain-http endpoint), or exposes objects with allow_dotted_names=True. Call defusedxml.xmlrpc.monkey_patch() first, keep allow_dotted_names off, and talk to fixed https endpoints.",
)
def detect_insecure_xmlrpc():
    """Network-facing xmlrpc servers, clients of untrusted endpoints, loads() of external data, allow_dotted_names."""
    return Or(
        # Servers that accept requests from other hosts (not bound to loopback).
        And(
            calls(
                "xmlrpc.server.SimpleXMLRPCServer",
                "xmlrpc.server.DocXMLRPCServer",
                "xmlrpc.server.MultiPathXMLRPCServer",
                "SimpleXMLRPCServer.SimpleXMLRPCServer",
                "SimpleXMLRPCServer.MultiPathXMLRPCServer",
                "DocXMLRPCServer.DocXMLRPCServer",
            ),
            Not(
                calls(
                    "xmlrpc.server.SimpleXMLRPCServer",
                    "xmlrpc.server.DocXMLRPCServer",
                    "xmlrpc.server.MultiPathXMLRPCServer",
                    "SimpleXMLRPCServer.SimpleXMLRPCServer",
                    "SimpleXMLRPCServer.MultiPathXMLRPCServer",
                    "DocXMLRPCServer.DocXMLRPCServer",
                    match_position={"0[0]": regex(LOOPBACK_HOST)},
                )
            ),
        ),
        # CGI handlers read the request body of an HTTP server.
        calls(
            "xmlrpc.server.CGIXMLRPCRequestHandler",
            "xmlrpc.server.DocCGIXMLRPCRequestHandler",
            "SimpleXMLRPCServer.CGIXMLRPCRequestHandler",
        ),
        # Clients whose endpoint is chosen at run time, or is plain http:// to another host.
        calls(
            "xmlrpc.client.ServerProxy",
            "xmlrpc.client.Server",
            "xmlrpclib.ServerProxy",
            "xmlrpclib.Server",
            match_position={0: dynamic()},
        ),
        calls("xmlrpc.client.ServerProxy", "xmlrpc.client.Server", match_name={"uri": dynamic()}),
        And(
            calls(
                "xmlrpc.client.ServerProxy",
                "xmlrpc.client.Server",
                "xmlrpclib.ServerProxy",
                "xmlrpclib.Server",
                match_position={0: regex(r"^(?i:http)://")},
            ),
            Not(
                calls(
                    "xmlrpc.client.ServerProxy",
                    "xmlrpc.client.Server",
                    "xmlrpclib.ServerProxy",
                    "xmlrpclib.Server",
                    match_position={0: regex(LOOPBACK_URL)},
                )
            ),
        ),
        # Unmarshalling an XML-RPC payload received from elsewhere.
        calls("xmlrpc.client.loads", "xmlrpclib.loads", match_position={0: dynamic()}),
        # Exposes attributes of the registered object's modules: arbitrary code execution.
        calls("*.register_instance", match_name={"allow_dotted_names": True}),
        calls("*.register_instance", match_position={1: True}),
    )
