from codepathfinder import calls, not_constant, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-046",
    name="dill Deserialization Detected (Audit)",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-502",
    owasp="A08:2021",
    message="dill deserialization runs code chosen by whoever produced the data, like pickle. Load dill data only from a trusted, integrity-protected source, or exchange plain data as JSON.",
)
def detect_dill_deserialization():
    """dill's loading functions: load, loads, Unpickler and the session/module loaders."""
    return Or(
        # Bytes written in the program (literal or module constant) are not reported.
        calls("dill.loads", match_position={0: not_constant()}),
        calls(
            "dill.load",
            "dill.Unpickler",
            "dill.load_session",
            "dill.load_module",
            "dill.load_module_asdict",
        ),
    )
