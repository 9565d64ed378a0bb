from codepathfinder import calls, dynamic, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-004",
    name="Dangerous globals() Usage",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-914",
    owasp="A03:2021",
    message="Module globals are read, called or overwritten by a name or mapping only known at run time, so outside data can reach any function or replace any global. Use an explicit dictionary of allowed handlers or settings instead of globals().",
)
def detect_dynamic_globals_access():
    """globals() used as a dynamic registry: computed keys, bulk updates from non-constant mappings, calls by name."""
    return Or(
        # globals()[name] = value
        calls("globals.__setitem__", match_position={0: dynamic()}),
        # globals().update(mapping) with a mapping that is not a constant dict literal
        calls("globals.update", match_position={0: dynamic()}),
        # globals().setdefault(name, value), globals().get(name)
        calls("globals.setdefault", "globals.get", "globals.pop", match_position={0: dynamic()}),
        # globals()[name](...): calling whatever global a name selects
        calls("globals[]"),
    )
