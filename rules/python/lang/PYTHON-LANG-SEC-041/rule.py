from codepathfinder import Or, QueryType, missing, not_constant
from codepathfinder.python_decorators import python_rule

# Loaders built on PyYAML's full Python constructor: they can import modules and call any callable.
UNSAFE_LOADERS = [
    "yaml.Loader",
    "yaml.UnsafeLoader",
    "yaml.CLoader",
    "yaml.CUnsafeLoader",
    "yaml.loader.Loader",
    "yaml.loader.UnsafeLoader",
    "yaml.cyaml.CLoader",
    "yaml.cyaml.CUnsafeLoader",
]


class PyYAML(QueryType):
    """The yaml module's functions, resolved through imports. A local `yaml = YAML()` (ruamel.yaml) is not it."""

    fqns = ["yaml"]


@python_rule(
    id="PYTHON-LANG-SEC-041",
    name="PyYAML Unsafe Load",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-502",
    owasp="A08:2021",
    message="YAML is parsed with an unsafe loader that can construct arbitrary Python objects and run code. Use yaml.safe_load() or pass Loader=yaml.SafeLoader (CSafeLoader).",
)
def detect_pyyaml_unsafe_load():
    """yaml.unsafe_load*, and yaml.load/load_all with an unsafe Loader or with no Loader at all."""
    return Or(
        # A document written in the program (literal or module constant) is not reported.
        PyYAML.method("unsafe_load", "unsafe_load_all").where(0, not_constant()),
        PyYAML.method("load", "load_all").where("Loader", UNSAFE_LOADERS).where(0, not_constant()),
        PyYAML.method("load", "load_all").where(1, UNSAFE_LOADERS).where(0, not_constant()),
        # Before PyYAML 5.1 the default Loader was the unsafe one, and 5.1-5.3 defaulted to a bypassable FullLoader.
        PyYAML.method("load", "load_all").where("Loader", missing()).where(1, missing()).where(0, not_constant()),
    )
