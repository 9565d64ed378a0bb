from codepathfinder import calls, dynamic
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-002",
    name="Dangerous exec() Detected",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-95",
    owasp="A03:2021",
    message="exec() runs code that is not a constant, so whoever controls that code runs arbitrary Python. Replace it with explicit functions, a lookup table or a real parser; never execute text or code objects built from outside data.",
)
def detect_exec():
    """The builtin exec() given source or a code object whose value is not statically known."""
    return calls("builtins.exec", match_position={0: dynamic()})
