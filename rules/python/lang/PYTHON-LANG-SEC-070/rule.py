from codepathfinder import calls, Or
from codepathfinder.python_decorators import python_rule

# Hosts that mean "every interface": IPv4 any, IPv6 any (both spellings), the empty string (Python's own
# spelling of INADDR_ANY) and the INADDR_ANY constant itself.
ALL_INTERFACES = ["0.0.0.0", "::", "0:0:0:0:0:0:0:0", "", "socket.INADDR_ANY", "socket.IN6ADDR_ANY_INIT"]


@python_rule(
    id="PYTHON-LANG-SEC-070",
    name="Socket Bind to All Interfaces",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-668",
    owasp="A05:2021",
    message="Socket bound to all network interfaces. Bind to a specific address (for example 127.0.0.1) or make the address configurable.",
)
def detect_bind_all_interfaces():
    """Address tuples whose host is an all-interfaces address, given to socket bind or to a server constructor."""
    return Or(
        # sock.bind((host, port)) and the IPv6 4-tuple; a GUI widget.bind("<Key>", cb) has no address tuple.
        calls("*.bind", match_position={"0[0]": ALL_INTERFACES}),
        calls("socket.create_server", match_position={"0[0]": ALL_INTERFACES}),
        calls(
            "http.server.HTTPServer",
            "http.server.ThreadingHTTPServer",
            "socketserver.TCPServer",
            "socketserver.UDPServer",
            "socketserver.ThreadingTCPServer",
            "socketserver.ThreadingUDPServer",
            "socketserver.ForkingTCPServer",
            "socketserver.ForkingUDPServer",
            "xmlrpc.server.SimpleXMLRPCServer",
            match_position={"0[0]": ALL_INTERFACES},
        ),
        calls("wsgiref.simple_server.make_server", match_position={"0": ALL_INTERFACES}),
        calls("gevent.pywsgi.WSGIServer", "gevent.server.StreamServer", match_position={"0[0]": ALL_INTERFACES}),
        # asyncio servers take the host as their second argument (or host=).
        calls("asyncio.start_server", "*.create_server", match_position={1: ALL_INTERFACES}),
        calls("asyncio.start_server", "*.create_server", match_name={"host": ALL_INTERFACES}),
        # Application servers started from code.
        calls("uvicorn.run", "aiohttp.web.run_app", "waitress.serve", match_name={"host": ALL_INTERFACES}),
    )
