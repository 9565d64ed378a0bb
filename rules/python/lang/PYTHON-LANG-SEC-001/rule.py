from codepathfinder import calls, dynamic
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-001",
    name="Dangerous eval() Detected",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-95",
    owasp="A03:2021",
    message="eval() runs a string that is not a constant, so whoever controls that string runs Python code. Parse data with ast.literal_eval() or json.loads(), or dispatch through an explicit allow-list.",
)
def detect_eval():
    """The builtin eval() given an expression whose value is not statically known (a constant cannot be injected)."""
    return calls("builtins.eval", match_position={0: dynamic()})
