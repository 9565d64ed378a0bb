from codepathfinder import attribute, calls, flows, missing, variable, PropagationPresets, QueryType
from codepathfinder.python_decorators import python_rule

# What a client controls in a Flask request (module-global `flask.request`, through any import or alias):
# query string, form fields, raw and JSON bodies, uploads, cookies, headers, URL rule values, the path and Referer.
# Everything derived from them is tainted too: request.args["q"], request.args.get("q"), request.form.to_dict().
FLASK_REQUEST = [
    attribute(
        "flask.request.args",
        "flask.request.form",
        "flask.request.values",
        "flask.request.data",
        "flask.request.json",
        "flask.request.files",
        "flask.request.cookies",
        "flask.request.headers",
        "flask.request.view_args",
        "flask.request.query_string",
        "flask.request.stream",
        "flask.request.referrer",
        "flask.request.path",
        "flask.request.full_path",
    ),
    calls("flask.request.get_json", "flask.request.get_data"),
    # URL variables of route handlers (@app.route("/user/<name>")): the client writes them. Parameters declared
    # with a numeric or UUID converter (<int:id>) or annotated int/float/bool are not sources.
    variable("*", decorated_by=[calls("*.route", "*.get", "*.post", "*.put", "*.patch", "*.delete")]),
]


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
