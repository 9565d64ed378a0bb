from codepathfinder import calls, flows, PropagationPresets, Sources
from codepathfinder.python_decorators import python_rule

# Request data of Flask, Django (REST framework included), FastAPI/Starlette, aiohttp and Tornado
# handlers: the shared presets.
WEB_REQUEST = (
    Sources.flask_request()
    + Sources.django_request()
    + Sources.fastapi()
    + Sources.aiohttp()
    + Sources.tornado()
)


@python_rule(
    id="PYTHON-DESER-001",
    name="Unsafe Pickle Deserialization",
    severity="CRITICAL",
    category="deserialization",
    cwe="CWE-502",
    owasp="A08:2021",
    message="Request data is unpickled. Unpickling runs code chosen by whoever wrote the bytes. Accept JSON (json.loads) or another data-only format; if pickle is unavoidable, only load payloads whose signature you have verified (itsdangerous / django.core.signing).",
)
def detect_unsafe_pickle_deserialization():
    """Flask/Django request data (body, parameters, cookies, headers, uploaded files) deserialised by a pickle-family loader."""
    return flows(
        from_sources=WEB_REQUEST,
        to_sinks=[
            calls(
                "pickle.loads",
                "pickle.load",
                "pickle.Unpickler",
                "_pickle.loads",
                "_pickle.load",
                "_pickle.Unpickler",
                "cPickle.loads",
                "cPickle.load",
                "cloudpickle.loads",
                "cloudpickle.load",
                "dill.loads",
                "dill.load",
                "dill.Unpickler",
                "joblib.load",
                "pandas.read_pickle",
                "jsonpickle.decode",
                "shelve.open",
            ).tracks(0, "data", "file", "string", "filename", "filepath_or_buffer"),
            calls("numpy.load", match_name={"allow_pickle": True}).tracks(0, "file"),
        ],
        # Signed payloads: the signature is checked with the server's secret before the bytes are returned.
        sanitized_by=[calls("*.unsign", "*.unsign_object", "django.core.signing.loads")],
        propagates_through=PropagationPresets.standard(),
        scope="global",
        # Checks that leave the handler when the value is bad (see the guard families in the DSL reference).
        guards=["regex", "charset", "allow_list"],
    )
