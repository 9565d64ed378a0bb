from codepathfinder import calls, not_constant, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-042",
    name="jsonpickle Usage Detected (Audit)",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-502",
    owasp="A08:2021",
    message="jsonpickle decoding rebuilds arbitrary Python objects and can run code chosen by the sender. Decode only data you produced yourself, or use json.loads() and build objects explicitly.",
)
def detect_jsonpickle_decode():
    """jsonpickle decode/loads and the Unpickler behind them; encoding is not reported."""
    return Or(
        # A document written in the program (literal or module constant) is not reported.
        calls("jsonpickle.decode", "jsonpickle.loads", "jsonpickle.unpickler.decode", match_position={0: not_constant()}),
        calls("jsonpickle.Unpickler", "jsonpickle.unpickler.Unpickler"),
    )
