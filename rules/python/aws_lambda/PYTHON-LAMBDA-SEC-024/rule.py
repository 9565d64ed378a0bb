from codepathfinder import calls, flows, missing, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What the Lambda function's caller controls (the handler's `event`, Chalice's `current_request`,
# Powertools' `current_event`): the shared preset.
LAMBDA_EVENT = Sources.lambda_event()

# PyYAML loaders built on the full Python object constructor.
UNSAFE_YAML_LOADERS = [
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
    """The yaml module's functions, through any import style."""

    fqns = ["yaml"]


@python_rule(
    id="PYTHON-LAMBDA-SEC-024",
    name="Lambda Unsafe YAML and marshal Deserialization",
    severity="CRITICAL",
    category="aws_lambda",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Data from the Lambda event is loaded with a YAML loader that builds arbitrary Python objects (yaml.load with Loader/UnsafeLoader, yaml.unsafe_load) or with marshal, which lets the caller run code in the function. Use yaml.safe_load() or json.loads().",
)
def detect_lambda_unsafe_yaml():
    """Lambda event data loaded by yaml.unsafe_load, yaml.load without a safe loader, or marshal.loads."""
    return flows(
        from_sources=LAMBDA_EVENT,
        to_sinks=[
            # yaml.load() is only safe with a safe loader: report it without a Loader or with an unsafe one.
            PyYAML.method("unsafe_load", "unsafe_load_all").tracks(0, "stream"),
            PyYAML.method("load", "load_all").where("Loader", missing()).where(1, missing()).tracks(0, "stream"),
            PyYAML.method("load", "load_all").where("Loader", UNSAFE_YAML_LOADERS).tracks(0, "stream"),
            PyYAML.method("load", "load_all").where(1, UNSAFE_YAML_LOADERS).tracks(0, "stream"),
            calls("marshal.loads", "marshal.load").tracks(0),
        ],
        # No transformation makes such a document safe; load it with a safe loader instead.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
