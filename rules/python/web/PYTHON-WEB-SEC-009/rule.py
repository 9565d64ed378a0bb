from codepathfinder import calls, flows, missing, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# What a client controls in a FastAPI/Starlette, aiohttp or Tornado handler.
WEB_REQUEST = Sources.fastapi() + Sources.aiohttp() + Sources.tornado()

# PyYAML loaders that build arbitrary Python objects from tags such as !!python/object/apply.
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
    id="PYTHON-WEB-SEC-009",
    name="FastAPI, aiohttp and Tornado Insecure Deserialization",
    severity="CRITICAL",
    category="web",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Request data is deserialized with a format that can run code (pickle, dill, marshal, jsonpickle, unsafe YAML), so the client can run commands in the server. Accept JSON (json.loads) or yaml.safe_load() instead, or verify a signature (itsdangerous, hmac) before loading data the server produced.",
)
def detect_web_insecure_deserialization():
    """Request data of FastAPI/Starlette, aiohttp and Tornado handlers loaded by a deserializer that builds objects."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            calls("pickle.loads", "pickle.load", "pickle.Unpickler", "_pickle.loads", "_pickle.load").tracks(0, "data", "file"),
            calls("dill.loads", "dill.load", "marshal.loads", "marshal.load").tracks(0, "str", "file"),
            calls("jsonpickle.decode", "pandas.read_pickle").tracks(0),
            calls("yaml.unsafe_load", "yaml.unsafe_load_all").tracks(0, "stream"),
            calls("yaml.load", "yaml.load_all", match_name={"Loader": UNSAFE_YAML_LOADERS}).tracks(0, "stream"),
            calls("yaml.load", "yaml.load_all", match_position={1: UNSAFE_YAML_LOADERS}).tracks(0, "stream"),
            # No loader at all: the unsafe default before PyYAML 5.1.
            calls("yaml.load", "yaml.load_all", match_position={1: missing()}, match_name={"Loader": missing()}).tracks(0, "stream"),
        ],
        # Data whose signature was verified was produced by this server.
        sanitized_by=[calls("itsdangerous.*.loads", "*.unsign")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        guards=["regex", "charset", "allow_list"],
    )
