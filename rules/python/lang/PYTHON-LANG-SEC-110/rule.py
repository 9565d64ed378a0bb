from codepathfinder import attribute, calls, flows, variable, PropagationPresets, QueryType
from codepathfinder.python_decorators import python_rule

# What a client controls in a web request, spelled out per framework. Flask: the module-global
# `flask.request` (any import or alias) and route handlers' URL variables. Django: the view's `request`
# parameter and `self.request` in class-based views. Everything derived from them is tainted too.
WEB_REQUEST = [
    attribute(
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.data",
        "flask.request.json",
        "flask.request.files",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.view_args",
        "flask.request.query_string",
        "flask.request.stream",
        "flask.request.referrer",
        "flask.request.path",
        "flask.request.full_path",
        "request.GET",
        "request.POST",
        "request.COOKIES",
        "request.FILES",
        "request.META",
        "request.headers",
        "request.body",
        "request.data",
        "request.query_params",
        "*.request.GET",
        "*.request.POST",
        "*.request.COOKIES",
        "*.request.FILES",
        "*.request.META",
        "*.request.headers",
        "*.request.body",
        "*.request.data",
        "*.request.query_params",
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


class ElementTrees(QueryType):
    """Standard-library trees and elements: find*() take an ElementPath (a subset of XPath) expression."""

    fqns = ["xml.etree.ElementTree.ElementTree", "xml.etree.ElementTree.Element"]


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
