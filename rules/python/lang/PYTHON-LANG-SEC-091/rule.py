from codepathfinder import calls, Or, dynamic
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-091",
    name="xml.dom.minidom Usage (Audit)",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-776",
    owasp="A05:2021",
    message="XML from a non-constant source is parsed with xml.dom.minidom/pulldom, which expand entities without the limits of a hardened parser. Parse untrusted XML with defusedxml.minidom / defusedxml.pulldom.",
)
def detect_minidom_untrusted_parse():
    """minidom/pulldom parse() and parseString() of a document that is not a constant."""
    return Or(
        calls(
            "xml.dom.minidom.parse",
            "xml.dom.minidom.parseString",
            "xml.dom.pulldom.parse",
            "xml.dom.pulldom.parseString",
            "xml.dom.expatbuilder.parse",
            "xml.dom.expatbuilder.parseString",
            match_position={0: dynamic()},
        ),
        calls("xml.dom.minidom.parse", match_name={"file": dynamic()}),
        calls("xml.dom.minidom.parseString", "xml.dom.pulldom.parseString", match_name={"string": dynamic()}),
        calls("xml.dom.pulldom.parse", match_name={"stream_or_string": dynamic()}),
    )
