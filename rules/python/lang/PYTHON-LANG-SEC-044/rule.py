from codepathfinder import calls, not_constant, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-044",
    name="marshal Usage Detected (Audit)",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-502",
    owasp="A08:2021",
    message="marshal is not safe against malicious data, crafted input can crash the interpreter or smuggle code objects. Load marshal data only from trusted sources, or use JSON for data exchange.",
)
def detect_marshal_load():
    """marshal.load / marshal.loads; writing with dump/dumps is not reported."""
    return Or(
        calls("marshal.load"),
        # Bytes written in the program (literal or module constant) are not reported.
        calls("marshal.loads", match_position={0: not_constant()}),
    )
