from codepathfinder import calls, Or, QueryType, dynamic
from codepathfinder.python_decorators import python_rule


class EtreeIncrementalParser(QueryType):
    fqns = [
        "xml.etree.ElementTree.XMLParser",
        "xml.etree.ElementTree.XMLPullParser",
        "xml.etree.cElementTree.XMLParser",
    ]


class EtreeDocument(QueryType):
    fqns = ["xml.etree.ElementTree.ElementTree", "xml.etree.cElementTree.ElementTree"]


@python_rule(
    id="PYTHON-LANG-SEC-090",
    name="Insecure XML Parsing",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-776",
    owasp="A05:2021",
    message="XML from a non-constant source is parsed with the standard-library parser, or an lxml parser lifts its size limits (huge_tree=True). Parse untrusted XML with defusedxml (defusedxml.ElementTree) and keep lxml's limits on.",
)
def detect_insecure_xml_parsing():
    """Stdlib etree/SAX parsing of data that is not a constant, and lxml parsers without size limits."""
    return Or(
        # Documents read from a path or a stream (the program's own constant file names are not reported).
        calls(
            "xml.etree.ElementTree.parse",
            "xml.etree.ElementTree.iterparse",
            "xml.etree.cElementTree.parse",
            "xml.etree.cElementTree.iterparse",
            "xml.sax.parse",
            match_position={0: dynamic()},
        ),
        calls(
            "xml.etree.ElementTree.parse",
            "xml.etree.ElementTree.iterparse",
            "xml.etree.cElementTree.parse",
            "xml.etree.cElementTree.iterparse",
            match_name={"source": dynamic()},
        ),
        # Documents given as text or bytes that are not constants.
        calls(
            "xml.etree.ElementTree.fromstring",
            "xml.etree.ElementTree.XML",
            "xml.etree.ElementTree.fromstringlist",
            "xml.etree.cElementTree.fromstring",
            "xml.etree.cElementTree.XML",
            "xml.sax.parseString",
            match_position={0: dynamic()},
        ),
        calls("xml.etree.ElementTree.fromstring", "xml.etree.ElementTree.XML", match_name={"text": dynamic()}),
        # ElementTree(element=None, file=None) parses `file` when it is given.
        calls(
            "xml.etree.ElementTree.ElementTree",
            "xml.etree.cElementTree.ElementTree",
            match_name={"file": dynamic()},
        ),
        calls(
            "xml.etree.ElementTree.ElementTree",
            "xml.etree.cElementTree.ElementTree",
            match_position={1: dynamic()},
        ),
        EtreeDocument.method("parse").where(0, dynamic()),
        EtreeIncrementalParser.method("feed").where(0, dynamic()),
        # lxml parsers that lift the size limits (entity expansion and deep trees). External entities, DTD
        # loading and network access are PYTHON-LANG-SEC-120.
        calls(
            "lxml.etree.XMLParser",
            "lxml.etree.XMLPullParser",
            "lxml.etree.iterparse",
            match_name={"huge_tree": True},
        ),
    )
