from codepathfinder import calls, dynamic, regex, Or
from codepathfinder.python_decorators import python_rule

# Modules whose functions run commands, code or deserialise data.
DANGEROUS_MODULES = ["os", "posix", "nt", "subprocess", "builtins", "pty", "pickle", "marshal", "shelve", "commands"]

# Functions of those modules that run a command or code: os.system/popen/exec*/spawn*, subprocess's runners,
# builtins' eval/exec/compile/__import__, pty.spawn, pickle/marshal loads.
DANGEROUS_NAMES = (
    r"^(system|popen[0-9]?|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|startfile|run|call|check_call|check_output"
    r"|Popen|getoutput|getstatusoutput|eval|exec|compile|__import__|spawn|loads?|Unpickler|open)$"
)


@python_rule(
    id="PYTHON-LANG-SEC-117",
    name="Dangerous Function Reached by Dynamic Lookup",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-470",
    owasp="A03:2021",
    message="A command-, code- or deserialisation function is looked up by name with getattr() (getattr(os, \"system\")), which hides it from review and, when the name is not a constant, lets data choose which function runs. Call the function directly, or map allowed names to functions in an explicit dictionary.",
)
def detect_dynamic_dangerous_lookup():
    """getattr(os|subprocess|builtins|pickle|..., "system"/"eval"/... or a non-constant name)."""
    return Or(
        calls("getattr", "builtins.getattr", match_position={0: DANGEROUS_MODULES, 1: regex(DANGEROUS_NAMES)}),
        calls("getattr", "builtins.getattr", match_position={0: DANGEROUS_MODULES, 1: dynamic()}),
    )
