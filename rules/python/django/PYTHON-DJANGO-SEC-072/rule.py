from codepathfinder import calls, flows, missing, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a Django view receives from the client (`request` and `self.request`, REST framework's `data` and
# `query_params` included): the shared preset; see the rule DSL reference for the full list.
DJANGO_REQUEST = Sources.django_request()

# PyYAML loaders that construct arbitrary Python objects (python/object/apply and friends).
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


@python_rule(
    id="PYTHON-DJANGO-SEC-072",
    name="Django Insecure Deserialization of Request Data",
    severity="CRITICAL",
    category="django",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Request data is deserialized with a format that can run code (pickle, dill, marshal, jsonpickle, unsafe YAML). Accept JSON (json.loads) or yaml.safe_load() instead, or sign the payload with django.core.signing.",
)
def detect_django_request_deserialization():
    """Request data reaching pickle/dill/marshal/jsonpickle loaders or a YAML loader that builds Python objects."""
    return flows(
        from_sources=DJANGO_REQUEST,
        to_sinks=[
            calls("pickle.loads", "pickle.load", "pickle.Unpickler", "_pickle.loads", "_pickle.load").tracks(0, "data", "file"),
            calls("dill.loads", "dill.load", "marshal.loads", "marshal.load").tracks(0, "str", "file"),
            calls("jsonpickle.decode", "pandas.read_pickle").tracks(0),
            calls("yaml.unsafe_load", "yaml.unsafe_load_all").tracks(0, "stream"),
            # yaml.load(stream, Loader=...) with a loader that builds arbitrary objects ...
            calls("yaml.load", "yaml.load_all", match_name={"Loader": UNSAFE_YAML_LOADERS}).tracks(0, "stream"),
            calls("yaml.load", "yaml.load_all", match_position={1: UNSAFE_YAML_LOADERS}).tracks(0, "stream"),
            # ... or with no loader at all: the unsafe Loader before PyYAML 5.1.
            calls("yaml.load", "yaml.load_all", match_position={1: missing()}, match_name={"Loader": missing()}).tracks(0, "stream"),
        ],
        # A value whose signature django.core.signing verified was produced by this server.
        sanitized_by=[calls("*.unsign", "django.core.signing.loads")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
