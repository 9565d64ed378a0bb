from codepathfinder import calls, Or, QueryType
from codepathfinder.python_decorators import python_rule


class ParamikoPolicies(QueryType):
    fqns = ["paramiko", "paramiko.client"]


@python_rule(
    id="PYTHON-LANG-SEC-071",
    name="Paramiko Implicit Trust Host Key",
    severity="HIGH",
    category="lang",
    cwe="CWE-322",
    owasp="A07:2021",
    message="SSH host keys are accepted without verification (AutoAddPolicy/WarningPolicy). Load known hosts and use RejectPolicy.",
)
def detect_paramiko_implicit_host_key_trust():
    """A missing-host-key policy that accepts unknown keys: instantiated, or passed as the class itself."""
    return Or(
        ParamikoPolicies.method("AutoAddPolicy", "WarningPolicy"),
        calls(
            "*.set_missing_host_key_policy",
            match_position={
                0: [
                    "paramiko.AutoAddPolicy",
                    "paramiko.WarningPolicy",
                    "paramiko.client.AutoAddPolicy",
                    "paramiko.client.WarningPolicy",
                ]
            },
        ),
    )
