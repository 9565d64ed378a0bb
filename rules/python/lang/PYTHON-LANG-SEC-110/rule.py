from codepathfinder import calls, flows, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a web request or a Lambda event: the framework presets (docs/rule-dsl.md).
WEB_REQUEST = (
    Sources.flask_request()
    + Sources.django_request()
    + Sources.fastapi()
    + Sources.aiohttp()
    + Sources.tornado()
    + Sources.lambda_event()
)


class ElementTrees(QueryType):
    """Standard-library and lxml trees and elements: find*() take an ElementPath (a subset of XPath) expression."""

    fqns = [
        "xml.etree.ElementTree.ElementTree",
        "xml.etree.ElementTree.Element",
        "lxml.etree._ElementTree",
        "lxml.etree._Element",
    ]


@python_rule(
    id="PYTHON-LANG-SEC-110",
    name="XPath Injection",
    severity="HIGH",
    category="lang",
    cwe="CWE-643",
    owasp="A03:2021",
    message="Request data becomes part of an XPath expression, so a quote in it rewrites the query (' or '1'='1 selects every node). Keep the expression constant and pass the value as an XPath variable: tree.xpath(\"//user[@name=$name]\", name=value).",
)
def detect_xpath_injection():
    """Web request data flowing into the expression argument of an XPath or ElementPath query."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            # lxml: element.xpath(expr, **variables), etree.XPath(expr), etree.ETXPath(expr)
            calls("*.xpath").tracks(0, "_path"),
            calls("lxml.etree.XPath", "lxml.etree.ETXPath").tracks(0, "path"),
            # elementpath.select(root, path), iter_select(root, path), Selector(path)
            calls("elementpath.select", "elementpath.iter_select").tracks(1, "path"),
            calls("elementpath.Selector").tracks(0, "path"),
            # xml.etree: tree.find(path), findall, iterfind, findtext
            ElementTrees.method("find", "findall", "iterfind", "findtext").tracks(0, "path"),
        ],
        # Values bound as XPath variables ($name) are never part of the expression; int() returns clean values.
        # XPath 1.0 has no escape character, so projects write a quoting helper (concat() of the quoted parts);
        # it is recognised by its name.
        sanitized_by=[
            calls("*xpath_literal", "*xpath_escape", "*escape_xpath", "*xpath_quote", "*quote_xpath", "*xpath_string"),
        ],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
