from codepathfinder import calls, And, Not
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-072",
    name="Paramiko exec_command",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-78",
    owasp="A03:2021",
    message="Remote command built from non-constant data is run through the SSH server's shell. Quote every value with shlex.quote() or pass a fixed command.",
)
def detect_paramiko_exec_command():
    """exec_command whose command is not a constant string (a fixed command cannot be injected)."""
    return And(
        calls("*.exec_command"),
        Not(calls("*.exec_command", match_position={0: "*"})),
        Not(calls("*.exec_command", match_name={"command": "*"})),
    )
