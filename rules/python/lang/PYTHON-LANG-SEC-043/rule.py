from codepathfinder import calls, And, Or, missing
from codepathfinder.python_decorators import python_rule

# Loaders of the legacy module-level API (ruamel.yaml < 0.18) that use the full Python constructor.
UNSAFE_LOADERS = [
    "ruamel.yaml.Loader",
    "ruamel.yaml.UnsafeLoader",
    "ruamel.yaml.loader.Loader",
    "ruamel.yaml.loader.UnsafeLoader",
]


@python_rule(
    id="PYTHON-LANG-SEC-043",
    name="ruamel.yaml Unsafe Usage",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-502",
    owasp="A08:2021",
    message="ruamel.yaml is set up to construct arbitrary Python objects (typ='unsafe' or an unsafe legacy Loader), so loading a document can run code. Use YAML(typ='safe') or the default round-trip loader.",
)
def detect_ruamel_unsafe():
    """YAML(typ="unsafe"), and the legacy ruamel.yaml.load/load_all with an unsafe or missing Loader."""
    return Or(
        calls("ruamel.yaml.YAML", "ruamel.yaml.main.YAML", match_name={"typ": "unsafe"}),
        calls("ruamel.yaml.load", "ruamel.yaml.load_all", match_name={"Loader": UNSAFE_LOADERS}),
        calls("ruamel.yaml.load", "ruamel.yaml.load_all", match_position={1: UNSAFE_LOADERS}),
        # The legacy load() without a Loader warned and fell back to the unsafe loader.
        And(
            calls("ruamel.yaml.load", "ruamel.yaml.load_all", match_name={"Loader": missing()}),
            calls("ruamel.yaml.load", "ruamel.yaml.load_all", match_position={1: missing()}),
        ),
    )
