from codepathfinder import calls, Or
from codepathfinder.python_decorators import python_rule

# SAX features that make the parser fetch external general or parameter entities (off by default since
# Python 3.7.1).
EXTERNAL_ENTITY_FEATURES = [
    "xml.sax.handler.feature_external_ges",
    "xml.sax.handler.feature_external_pes",
    "http://xml.org/sax/features/external-general-entities",
    "http://xml.org/sax/features/external-parameter-entities",
]


@python_rule(
    id="PYTHON-LANG-SEC-120",
    name="XML External Entity Resolution Enabled",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-611",
    owasp="A05:2021",
    message="The XML parser is configured to resolve external entities or load DTDs (lxml resolve_entities=True, load_dtd=True or no_network=False; SAX/pulldom feature_external_ges), so a document can read local files or make the server fetch URLs (XXE). Keep the library defaults, or parse untrusted XML with defusedxml.",
)
def detect_xxe_enabled():
    """Parser options that turn on external entity resolution, DTD loading or network access."""
    return Or(
        # lxml >= 5: resolve_entities defaults to "internal", load_dtd to False, no_network to True.
        calls(
            "lxml.etree.XMLParser",
            "lxml.etree.XMLPullParser",
            "lxml.etree.iterparse",
            "lxml.etree.XMLTreeBuilder",
            match_name={"resolve_entities": True},
        ),
        calls(
            "lxml.etree.XMLParser",
            "lxml.etree.XMLPullParser",
            "lxml.etree.iterparse",
            "lxml.etree.XMLTreeBuilder",
            match_name={"load_dtd": True},
        ),
        calls(
            "lxml.etree.XMLParser",
            "lxml.etree.XMLPullParser",
            "lxml.etree.iterparse",
            "lxml.etree.XMLTreeBuilder",
            match_name={"no_network": False},
        ),
        # xml.sax.make_parser() / xml.dom.pulldom parsers told to fetch external entities.
        calls("*.setFeature", match_position={0: EXTERNAL_ENTITY_FEATURES, 1: True}),
    )
