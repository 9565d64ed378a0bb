from codepathfinder import calls, flows, missing, PropagationPresets, QueryType, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request: the shared presets (query string, form, bodies, uploads,
# cookies, headers, path, route handler parameters, and the request URL); see the rule DSL reference.
FLASK_REQUEST = Sources.flask_request() + Sources.flask_request_url()


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


class Pickle(QueryType):
    """pickle and its C and Python 2 spellings, and dill, which extends pickle."""

    fqns = ["pickle", "_pickle", "cPickle", "dill"]


class PyYAML(QueryType):
    """The yaml module's functions, through any import style."""

    fqns = ["yaml"]


@python_rule(
    id="PYTHON-FLASK-SEC-013",
    name="Flask Insecure Deserialization",
    severity="CRITICAL",
    category="flask",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Flask request data is deserialized with a format that can build arbitrary objects (pickle, marshal, unsafe YAML, jsonpickle), which lets a client run code on the server. Accept JSON (json.loads) or yaml.safe_load() instead, and sign any serialized state you hand to clients.",
)
def detect_flask_insecure_deserialization():
    """Request data flowing into pickle/dill/marshal/jsonpickle loaders or a YAML load with an unsafe loader."""
    return flows(
        from_sources=FLASK_REQUEST,
        to_sinks=[
            Pickle.method("loads", "load", "Unpickler").tracks(0),
            calls("marshal.loads", "marshal.load").tracks(0),
            calls("jsonpickle.decode", "jsonpickle.unpickler.decode").tracks(0),
            calls("pandas.read_pickle", "joblib.load").tracks(0),
            # yaml.load() is only safe with a safe loader: report it without a Loader or with an unsafe one.
            PyYAML.method("unsafe_load", "unsafe_load_all").tracks(0, "stream"),
            PyYAML.method("load", "load_all").where("Loader", missing()).where(1, missing()).tracks(0, "stream"),
            PyYAML.method("load", "load_all").where("Loader", UNSAFE_YAML_LOADERS).tracks(0, "stream"),
            PyYAML.method("load", "load_all").where(1, UNSAFE_YAML_LOADERS).tracks(0, "stream"),
        ],
        # No transformation makes a pickle safe; verify a signature before loading or use a data-only format.
        sanitized_by=[],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
