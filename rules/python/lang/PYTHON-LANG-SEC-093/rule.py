from codepathfinder import calls, Or, QueryType, dynamic
from codepathfinder.python_decorators import python_rule


class MakoLookup(QueryType):
    fqns = ["mako.lookup.TemplateLookup"]


@python_rule(
    id="PYTHON-LANG-SEC-093",
    name="Mako Template Detected (Audit)",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-94",
    owasp="A03:2021",
    message="A Mako template is compiled from text that is not a constant. Mako templates are Python code: load templates from files with TemplateLookup, pass untrusted data only as render() arguments, and escape HTML with default_filters=['h'].",
)
def detect_mako_template_from_dynamic_source():
    """mako Template(text) or TemplateLookup.put_string(uri, text) where the template source is not a constant."""
    return Or(
        calls("mako.template.Template", match_position={0: dynamic()}),
        calls("mako.template.Template", match_name={"text": dynamic()}),
        MakoLookup.method("put_string").where(1, dynamic()),
        MakoLookup.method("put_string").where("text", dynamic()),
    )
