from codepathfinder import calls, flows, instance_of, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

WEB_REQUEST = (
    Sources.flask_request()
    + Sources.django_request()
    + Sources.fastapi()
    + Sources.aiohttp()
    + Sources.tornado()
    + Sources.lambda_event()
)

# Parsers built by the program: lxml's defaults (5.0+) do not fetch external entities, so only a
# parser the code configured itself can; PYTHON-LANG-SEC-120 (audit) names the option that does.
CUSTOM_PARSER = instance_of("lxml.etree.XMLParser")


@python_rule(
    id="PYTHON-LANG-SEC-121",
    name="Request XML Parsed by a Configured lxml Parser",
    severity="HIGH",
    category="lang",
    cwe="CWE-611",
    owasp="A05:2021",
    message="Request data is parsed by an lxml parser the code configured itself; if that parser resolves entities, loads DTDs or reaches the network, the document can read local files or make the server fetch URLs (XXE). Parse untrusted XML with lxml's defaults or with defusedxml.",
)
def detect_request_xml_custom_parser():
    """Web request data parsed as XML by lxml with an explicitly constructed parser."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            calls(
                "lxml.etree.fromstring",
                "lxml.etree.XML",
                "lxml.etree.parse",
                "lxml.etree.fromstringlist",
                "lxml.etree.XMLID",
                match_position={1: CUSTOM_PARSER},
            ).tracks(0, "text", "source", "strings"),
            calls(
                "lxml.etree.fromstring",
                "lxml.etree.XML",
                "lxml.etree.parse",
                "lxml.etree.fromstringlist",
                "lxml.etree.XMLID",
                match_name={"parser": CUSTOM_PARSER},
            ).tracks(0, "text", "source", "strings"),
        ],
        sanitized_by=[calls("defusedxml.*")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
